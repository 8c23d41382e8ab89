import type { MessageKey } from '../../../../i18n/index.ts';
import { Form, SubmitButton, TextArea } from '../../../../ui/components/Form.tsx';
import { type FormErrors, useView } from '../../../../ui/context.ts';
import type { Preparation } from '../queries.ts';

const QUESTIONS: {
  name: 'fragen' | 'themen' | 'veraenderungen';
  column: 'questions' | 'topics' | 'changes';
}[] = [
  { name: 'fragen', column: 'questions' },
  { name: 'themen', column: 'topics' },
  { name: 'veraenderungen', column: 'changes' },
];

const labelKey = (column: string) => `tandems.meetings.prep.${column}` as MessageKey;

export const preparationValues = (p: Preparation | undefined) => ({
  fragen: p?.questions ?? '',
  themen: p?.topics ?? '',
  veraenderungen: p?.changes ?? '',
});

function Notes(props: {
  prep: Preparation | undefined;
  emptyKey: MessageKey;
  vars?: Record<string, string>;
}) {
  const { t } = useView();
  const filled = QUESTIONS.filter((q) => props.prep?.[q.column]);
  if (filled.length === 0) return <p class="kern-body">{t(props.emptyKey, props.vars)}</p>;
  return (
    <dl class="kern-description-list">
      {filled.map((q) => (
        <div class="kern-description-list-item" key={q.column}>
          <dt class="kern-description-list-item__key">{t(labelKey(q.column))}</dt>
          <dd class="kern-description-list-item__value preserve-lines">{props.prep![q.column]}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The guide's ten minutes before a meeting: each member's questions, topics and what changed. Both
 * read both; each edits their own while the meeting is still planned.
 */
export function Preparations(props: {
  action: string;
  partnerName: string;
  mine: Preparation | undefined;
  partner: Preparation | undefined;
  editable: boolean;
  values?: Record<string, string>;
  errors?: FormErrors;
}) {
  const { t } = useView();
  const values = props.values ?? preparationValues(props.mine);
  return (
    <section aria-labelledby="vorbereitung" class="account-section">
      <h2 class="kern-heading-medium" id="vorbereitung">
        {t('tandems.meetings.prep.title')}
      </h2>
      <p class="kern-hint">{t('tandems.meetings.prep.hint')}</p>
      <h3 class="kern-heading-small">{t('tandems.meetings.prep.partners', { name: props.partnerName })}</h3>
      <Notes prep={props.partner} emptyKey="tandems.meetings.prep.none" vars={{ name: props.partnerName }} />
      <h3 class="kern-heading-small">{t('tandems.meetings.prep.yours')}</h3>
      {props.editable ? (
        <Form action={props.action} values={values} errors={props.errors}>
          {QUESTIONS.map((q) => (
            <TextArea key={q.name} name={q.name} label={labelKey(q.column)} rows={3} />
          ))}
          <SubmitButton label="tandems.meetings.prep.submit" kind="secondary" />
        </Form>
      ) : (
        <Notes prep={props.mine} emptyKey="tandems.meetings.prep.noneOwn" />
      )}
    </section>
  );
}
