import { MEETING_FORMATS, type MeetingFormat } from '../../../../db/schema/tandems.ts';
import { ChoiceGroup } from '../../../../ui/components/Choice.tsx';
import { TextField } from '../../../../ui/components/Form.tsx';
import type { FormErrors } from '../../../../ui/context.ts';
import { formatKey } from './labels.ts';

export interface AppointmentNames {
  date: string;
  time: string;
  duration: string;
  format: string;
  location: string;
}

/** The plan and edit forms' field names. */
export const APPOINTMENT: AppointmentNames = {
  date: 'datum',
  time: 'uhrzeit',
  duration: 'dauer',
  format: 'format',
  location: 'ort',
};

/** The record's "next date" fields. */
export const NEXT_APPOINTMENT: AppointmentNames = {
  date: 'naechstes_datum',
  time: 'naechste_uhrzeit',
  duration: 'naechste_dauer',
  format: 'naechstes_format',
  location: 'naechster_ort',
};

export const appointmentOrder = (n: AppointmentNames) => [n.date, n.time, n.duration, n.format, n.location];

export const formatOptions = (formats: readonly MeetingFormat[] = MEETING_FORMATS) =>
  formats.map((f) => ({ value: f, label: formatKey(f) }));

/** Date, time, duration, format and place of a meeting. */
export function AppointmentFields(props: {
  names?: AppointmentNames;
  values: Record<string, string>;
  errors: FormErrors;
  /** The record's next date: every field optional as a group. */
  optional?: boolean;
}) {
  const n = props.names ?? APPOINTMENT;
  const required = props.optional ? false : undefined;
  const v = props.values;
  return (
    <>
      <div class="filter-grid">
        <TextField
          name={n.date}
          type="date"
          label="tandems.meetings.field.date"
          hint="tandems.meetings.field.dateHint"
          value={v[n.date]}
          errors={props.errors}
          required={required}
        />
        <TextField
          name={n.time}
          type="time"
          label="tandems.meetings.field.time"
          hint="tandems.meetings.field.timeHint"
          value={v[n.time]}
          errors={props.errors}
          required={required}
        />
        <TextField
          name={n.duration}
          label="tandems.meetings.field.duration"
          hint="tandems.meetings.field.durationHint"
          inputmode="numeric"
          value={v[n.duration] ?? '60'}
          errors={props.errors}
          required={required}
        />
      </div>
      <ChoiceGroup
        name={n.format}
        legend="tandems.meetings.field.format"
        options={formatOptions()}
        selected={v[n.format] ? [v[n.format]!] : []}
        errors={props.errors}
        optional={props.optional}
      />
      <TextField
        name={n.location}
        label="tandems.meetings.field.location"
        hint="tandems.meetings.field.locationHint"
        value={v[n.location]}
        errors={props.errors}
        required={false}
        maxLength={500}
      />
    </>
  );
}
