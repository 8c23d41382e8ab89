import { TIME_KINDS } from '../../../../db/schema/tandems.ts';
import { Alert } from '../../../../ui/components/Alert.tsx';
import { ChoiceGroup, SelectField } from '../../../../ui/components/Choice.tsx';
import {
  describedBy,
  ErrorSummary,
  Form,
  fieldId,
  InputFrame,
  SubmitButton,
  TextField,
  useField,
} from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../../ui/context.ts';
import type { MentorRole, MentorTandem } from '../queries.ts';
import { entryPath, kindKey, TIME_PATH } from './labels.ts';

export interface EntryView {
  mode: 'new' | 'edit';
  action: string;
  values: Record<string, string>;
  errors?: FormErrors;
  roles: MentorRole[];
  tandems: MentorTandem[];
  /** The held meeting the entry is for: its tandem is fixed. */
  meeting?: { date: string; partnerName: string };
  /** A meeting that has not been held yet: nothing to prefill. */
  meetingNotHeld?: boolean;
  /** The entry that already exists for this meeting (a second one is refused). */
  existingEntryId?: string;
  entryId?: string;
}

const ORDER = ['programm', 'datum', 'stunden', 'minuten', 'art', 'tandem', 'notiz'];

/** The note: optional, and marked so (TextArea has no optional mark). */
function NoteField() {
  const { t } = useView();
  const id = fieldId('notiz');
  const { value, error } = useField('notiz');
  const hint = 'tandems.time.field.noteHint' as const;
  return (
    <InputFrame id={id} label={t('tandems.time.field.note')} optional hint={hint} error={error}>
      <textarea
        class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
        id={id}
        name="notiz"
        rows={4}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {value}
      </textarea>
    </InputFrame>
  );
}

function TandemChoice(props: { view: EntryView }) {
  const { t } = useView();
  const v = props.view;
  if (v.meeting) {
    return (
      <p class="kern-body">
        {t('tandems.time.field.meetingFixed', { date: v.meeting.date, name: v.meeting.partnerName })}
      </p>
    );
  }
  if (v.tandems.length === 0) return null;
  const several = v.roles.length > 1;
  const programmeName = (id: string) => v.roles.find((r) => r.programmeId === id)?.programmeName ?? '';
  return (
    <SelectField
      name="tandem"
      label="tandems.time.field.tandem"
      hint="tandems.time.field.tandemHint"
      placeholder="tandems.time.field.noTandem"
      optional
      options={v.tandems.map((x) => ({
        value: x.id,
        label: {
          text: several
            ? t('tandems.time.tandemWithIn', { name: x.menteeName, programme: programmeName(x.programmeId) })
            : t('tandems.time.tandemWith', { name: x.menteeName }),
        },
      }))}
    />
  );
}

/** New or changed time entry: date, duration, kind, tandem and a private note. */
export function EntryPage(props: { view: EntryView }) {
  const { t } = useView();
  const v = props.view;
  const errors = v.errors ?? {};
  return (
    <Page title={v.mode === 'new' ? 'tandems.time.new.title' : 'tandems.time.edit.title'} errors={errors}>
      <p class="kern-body">
        <a class="kern-link" href={TIME_PATH}>
          {t('tandems.time.back')}
        </a>
      </p>
      <ErrorSummary errors={errors} order={ORDER} />
      {v.existingEntryId ? (
        <Alert kind="warning" title={t('tandems.time.duplicate.title')}>
          <p class="kern-body">{t('tandems.time.duplicate.text')}</p>
          <p class="kern-body">
            <a class="kern-link" href={entryPath(v.existingEntryId)}>
              {t('tandems.time.duplicate.link')}
            </a>
          </p>
        </Alert>
      ) : null}
      {v.meetingNotHeld ? (
        <Alert kind="info" title={t('tandems.time.notHeld.title')}>
          <p class="kern-body">{t('tandems.time.notHeld.text')}</p>
        </Alert>
      ) : null}
      <Form action={v.action} values={v.values} errors={errors}>
        {v.values.treffen ? <input type="hidden" name="treffen" value={v.values.treffen} /> : null}
        {/* One role needs no choice, unless its hidden value came back refused. */}
        {(v.roles.length > 1 || errors.programm) && !v.meeting ? (
          <SelectField
            name="programm"
            label="tandems.time.field.programme"
            options={v.roles.map((r) => ({ value: r.programmeId, label: { text: r.programmeName } }))}
          />
        ) : (
          <input type="hidden" name="programm" value={v.values.programm ?? v.roles[0]?.programmeId} />
        )}
        <TextField
          name="datum"
          type="date"
          label="tandems.time.field.date"
          hint="tandems.time.field.dateHint"
        />
        <fieldset class="kern-fieldset" aria-describedby="hinweis-dauer">
          <legend class="kern-label">{t('tandems.time.field.duration')}</legend>
          <div class="kern-hint" id="hinweis-dauer">
            {t('tandems.time.field.durationHint')}
          </div>
          <div class="kern-fieldset__body filter-grid">
            <TextField name="stunden" label="tandems.time.field.hours" inputmode="numeric" required={false} />
            <TextField
              name="minuten"
              label="tandems.time.field.minutes"
              inputmode="numeric"
              required={false}
            />
          </div>
        </fieldset>
        <ChoiceGroup
          name="art"
          legend="tandems.time.field.kind"
          options={TIME_KINDS.map((k) => ({ value: k, label: kindKey(k) }))}
        />
        <TandemChoice view={v} />
        <NoteField />
        <SubmitButton
          label={v.mode === 'new' ? 'tandems.time.submit.create' : 'tandems.time.submit.update'}
        />
      </Form>
      {v.mode === 'edit' && v.entryId ? (
        <p class="kern-body">
          <a class="kern-link" href={`${entryPath(v.entryId)}/loeschen`}>
            {t('tandems.time.delete')}
          </a>
        </p>
      ) : null}
    </Page>
  );
}
