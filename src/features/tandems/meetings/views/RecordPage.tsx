import { Alert } from '../../../../ui/components/Alert.tsx';
import { SelectField } from '../../../../ui/components/Choice.tsx';
import {
  ErrorSummary,
  FieldError,
  Form,
  fieldId,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../../ui/context.ts';
import { ownerOptions } from '../../todos/views/TodoFields.tsx';
import type { TodoView } from '../../todos/views/TodoItem.tsx';
import { TodoList } from '../../todos/views/TodoList.tsx';
import { meetingPath } from '../paths.ts';
import type { Meeting } from '../queries.ts';
import { RECORD_FIELDS, RECORD_TODO_ROWS } from '../schema.ts';
import { AppointmentFields, NEXT_APPOINTMENT } from './AppointmentFields.tsx';
import { clockTime, longDate } from './labels.ts';

export interface RecordPageView {
  tandemId: string;
  meeting: Meeting;
  /** Not begun yet: the form is shown, saving answers 422. */
  future: boolean;
  existingTodos: TodoView[];
  today: string;
  values: Record<string, string>;
  errors?: FormErrors;
}

export const recordValues = (m: Meeting): Record<string, string> => ({
  rueckblick: m.recap,
  erkenntnisse: m.learnings,
  naechste_themen: m.nextTopics,
});

/** Each to-do row's owner starts as "both". */
const ownerDefaults = Object.fromEntries(
  Array.from({ length: RECORD_TODO_ROWS }, (_, i) => [`aufgabe${i + 1}_zustaendig`, 'both']),
);

function TodoRows() {
  const { t } = useView();
  return (
    <fieldset class="kern-fieldset" aria-describedby="hinweis-aufgaben">
      <legend class="kern-label">{t('tandems.meetings.recordPage.todosLegend')}</legend>
      <p class="kern-hint" id="hinweis-aufgaben">
        {t('tandems.meetings.recordPage.todosHint')}
      </p>
      <div class="kern-fieldset__body">
        {Array.from({ length: RECORD_TODO_ROWS }, (_, i) => i + 1).map((n) => (
          <fieldset class="kern-fieldset" key={n}>
            <legend class="kern-label">{t('tandems.meetings.recordPage.todoLegend', { n })}</legend>
            <div class="kern-fieldset__body filter-grid">
              <TextField
                name={`aufgabe${n}_titel`}
                label="tandems.meetings.recordPage.todoTitle"
                required={false}
                maxLength={300}
              />
              <SelectField
                name={`aufgabe${n}_zustaendig`}
                label="tandems.todos.field.owner"
                options={ownerOptions}
              />
              <TextField
                name={`aufgabe${n}_faellig`}
                type="date"
                label="tandems.todos.field.due"
                required={false}
              />
            </div>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}

/** After the meeting: the guide's checklist as a form, with the next date that plans the next meeting. */
export function RecordPage(props: { view: RecordPageView }) {
  const { t, locale } = useView();
  const v = props.view;
  const errors = v.errors ?? {};
  const m = v.meeting;
  const when = { date: longDate(m.startsAt, locale), time: clockTime(m.startsAt, locale) };
  return (
    <Page title="tandems.meetings.recordPage.title" titleVars={when} errors={errors}>
      <p class="kern-body">
        <a class="kern-link" href={meetingPath(v.tandemId, m.id)}>
          {t('tandems.meetings.recordPage.back')}
        </a>
      </p>
      <p class="kern-body kern-body--large">{t('tandems.meetings.recordPage.lead')}</p>
      <ErrorSummary errors={errors} order={RECORD_FIELDS} />
      <p class="kern-body" id={fieldId('zeitpunkt')} tabindex={-1}>
        {t('tandems.meetings.page.whenValue', when)}
      </p>
      <FieldError id={fieldId('zeitpunkt')} error={errors.zeitpunkt} />
      {v.future ? <Alert kind="info" title={t('tandems.meetings.recordPage.future')} /> : null}
      {v.existingTodos.length > 0 ? (
        <section aria-labelledby="bisherige-aufgaben">
          <h2 class="kern-heading-small" id="bisherige-aufgaben">
            {t('tandems.meetings.recordPage.existingTodos')}
          </h2>
          <TodoList tandemId={v.tandemId} todos={v.existingTodos} today={v.today} back="" readonly />
        </section>
      ) : null}
      <Form
        action={meetingPath(v.tandemId, m.id, 'protokoll')}
        values={{ ...ownerDefaults, ...v.values }}
        errors={errors}
      >
        <TextArea
          name="rueckblick"
          label="tandems.meetings.record.recap"
          hint="tandems.meetings.recordPage.recapHint"
          rows={5}
        />
        <TextArea
          name="erkenntnisse"
          label="tandems.meetings.record.learnings"
          hint="tandems.meetings.recordPage.learningsHint"
          rows={5}
        />
        <TodoRows />
        <TextArea
          name="naechste_themen"
          label="tandems.meetings.record.nextTopics"
          hint="tandems.meetings.recordPage.nextTopicsHint"
          rows={4}
        />
        <fieldset class="kern-fieldset" aria-describedby="hinweis-naechster-termin">
          <legend class="kern-label">{t('tandems.meetings.recordPage.nextLegend')}</legend>
          <p class="kern-hint" id="hinweis-naechster-termin">
            {t('tandems.meetings.recordPage.nextHint')}
          </p>
          <div class="kern-fieldset__body">
            <AppointmentFields names={NEXT_APPOINTMENT} optional />
          </div>
        </fieldset>
        <SubmitButton label="tandems.meetings.recordPage.submit" />
      </Form>
    </Page>
  );
}
