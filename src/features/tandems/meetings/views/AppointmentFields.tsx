import { MEETING_FORMATS, type MeetingFormat } from '../../../../db/schema/tandems.ts';
import { ChoiceGroup } from '../../../../ui/components/Choice.tsx';
import { TextField, useField } from '../../../../ui/components/Form.tsx';
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

/** Date, time, duration, format and place of a meeting; values and errors from the surrounding `<Form>`. */
export function AppointmentFields(props: {
  names?: AppointmentNames;
  /** The record's next date: every field optional as a group. */
  optional?: boolean;
}) {
  const n = props.names ?? APPOINTMENT;
  const required = props.optional ? false : undefined;
  const duration = useField(n.duration).value ?? '60';
  return (
    <>
      <div class="filter-grid">
        <TextField
          name={n.date}
          type="date"
          label="tandems.meetings.field.date"
          hint="tandems.meetings.field.dateHint"
          required={required}
        />
        <TextField
          name={n.time}
          type="time"
          label="tandems.meetings.field.time"
          hint="tandems.meetings.field.timeHint"
          required={required}
        />
        <TextField
          name={n.duration}
          label="tandems.meetings.field.duration"
          hint="tandems.meetings.field.durationHint"
          inputmode="numeric"
          value={duration}
          required={required}
        />
      </div>
      <ChoiceGroup
        name={n.format}
        legend="tandems.meetings.field.format"
        options={formatOptions()}
        optional={props.optional}
      />
      <TextField
        name={n.location}
        label="tandems.meetings.field.location"
        hint="tandems.meetings.field.locationHint"
        required={false}
        maxLength={500}
      />
    </>
  );
}
