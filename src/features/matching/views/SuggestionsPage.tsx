import { BUNDESLAENDER, FORMATS } from '../../../db/schema/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { Alert } from '../../../ui/components/Alert.tsx';
import { type Option, SelectField } from '../../../ui/components/Choice.tsx';
import {
  ErrorSummary,
  Form,
  FormFields,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { formatNumber } from '../../../ui/format.ts';
import { Reasons } from '../../proposals/index.ts';
import type { PoolPerson, Programme } from '../queries.ts';
import { menteePath, programmePath } from '../routes/shared.ts';
import type { SuggestionFilters } from '../schema.ts';
import type { Suggestions } from '../service/suggestions.ts';
import { PriorityMarker, Section } from './parts.tsx';

export interface SuggestionsProps {
  programme: Programme;
  ranked: Suggestions;
  people: Map<string, PoolPerson>;
  topics: Map<string, string>;
  topicOptions: { id: string; label: string }[];
  filters: SuggestionFilters;
  filterValues: Record<string, string>;
  filterErrors?: FormErrors;
  pick: { values?: Record<string, string>; errors?: FormErrors; notice?: 'unavailable' | 'notAllowed' };
}

function MenteeSummary(props: SuggestionsProps) {
  const { t } = useView();
  const m = props.ranked.mentee;
  const rows: [MessageKey, string][] = [
    ['matching.column.organisation', m.organisationName],
    ['matching.column.bundesland', t(`bundesland.${m.bundesland}` as MessageKey)],
    [
      'matching.suggestions.topicsNeeded',
      m.topics
        .map((id) => props.topics.get(id) ?? '')
        .filter(Boolean)
        .join(', ') || '–',
    ],
    ['matching.suggestions.formats', m.formats.map((f) => t(`format.${f}` as MessageKey)).join(', ')],
  ];
  return (
    <dl class="kern-description-list">
      {rows.map(([key, value]) => (
        <div class="kern-description-list-item" key={key}>
          <dt class="kern-description-list-item__key">{t(key)}</dt>
          <dd class="kern-description-list-item__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The filters that narrow the list to one value each (any, by default). */
const filterSelects = (props: SuggestionsProps): { name: string; label: MessageKey; options: Option[] }[] => [
  {
    name: 'bundesland',
    label: 'matching.column.bundesland',
    options: BUNDESLAENDER.map((b) => ({ value: b, label: `bundesland.${b}` as MessageKey })),
  },
  {
    name: 'format',
    label: 'matching.suggestions.filter.format',
    options: FORMATS.map((f) => ({ value: f, label: `format.${f}` as MessageKey })),
  },
  {
    name: 'thema',
    label: 'matching.suggestions.filter.topic',
    options: props.topicOptions.map((o) => ({ value: o.id, label: { text: o.label } })),
  },
];

function Filters(props: SuggestionsProps) {
  const { t } = useView();
  const { bundesland, format, thema } = props.filters;
  // The selects show the filters in force; the number field what was typed (also when refused).
  const values = { bundesland, format, thema, mindestpunktzahl: props.filterValues.mindestpunktzahl };
  return (
    <form
      method="get"
      action={menteePath(props.programme, props.ranked.mentee.id)}
      class="kern-stack"
      novalidate
    >
      <FormFields values={values} errors={props.filterErrors}>
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t('matching.suggestions.filter.legend')}</legend>
          <div class="kern-fieldset__body filter-grid">
            {filterSelects(props).map((f) => (
              <SelectField
                key={f.name}
                name={f.name}
                label={f.label}
                options={f.options}
                placeholder="matching.suggestions.filter.any"
                optional
              />
            ))}
            <TextField
              name="mindestpunktzahl"
              label="matching.suggestions.filter.minScore"
              inputmode="numeric"
              required={false}
            />
          </div>
        </fieldset>
      </FormFields>
      <button type="submit" class="kern-btn kern-btn--secondary">
        <span class="kern-label">{t('matching.suggestions.filter.submit')}</span>
      </button>
    </form>
  );
}

function TopList(props: SuggestionsProps) {
  const { t, locale } = useView();
  const action = `${menteePath(props.programme, props.ranked.mentee.id)}/vorschlag`;
  if (props.ranked.top.length === 0) return <p class="kern-body">{t('matching.suggestions.none')}</p>;
  return (
    <ol class="suggestion-list">
      {props.ranked.top.map((s, k) => {
        const person = props.people.get(s.mentor.id);
        const name = person?.name ?? '';
        const headingId = `vorschlag-${k + 1}`;
        return (
          <li key={s.mentor.id} class="suggestion">
            <h3 class="kern-heading-small" id={headingId}>
              {t('matching.suggestions.item', {
                name,
                score: formatNumber(s.explanation.score, locale),
              })}
            </h3>
            <p class="kern-body">
              {s.mentor.organisationName}, {t(`bundesland.${s.mentor.bundesland}` as MessageKey)} ·{' '}
              {t('matching.suggestions.freePlaces', { count: s.mentor.freeCapacity })}
            </p>
            <details class="reasons">
              <summary class="kern-link">
                {t('matching.suggestions.why')}
                <span class="kern-sr-only"> {t('matching.suggestions.whyFor', { name })}</span>
              </summary>
              <Reasons explanation={s.explanation} topicLabels={props.topics} />
            </details>
            <Form action={action}>
              <input type="hidden" name="mentor" value={s.mentor.id} />
              <button type="submit" class="kern-btn kern-btn--primary">
                <span class="kern-label">{t('matching.suggestions.propose', { name })}</span>
              </button>
            </Form>
          </li>
        );
      })}
    </ol>
  );
}

function ManualPick(props: SuggestionsProps) {
  const { t, locale } = useView();
  const { values = {}, errors } = props.pick;
  return (
    <Section id="manuell" title="matching.suggestions.manual.title">
      <p class="kern-body">{t('matching.suggestions.manual.lead')}</p>
      <ErrorSummary errors={errors ?? {}} order={['mentor', 'begruendung']} />
      <Form
        action={`${menteePath(props.programme, props.ranked.mentee.id)}/vorschlag`}
        values={values}
        errors={errors}
      >
        <SelectField
          name="mentor"
          label="matching.suggestions.manual.mentor"
          options={props.ranked.allowed.map((a) => ({
            value: a.mentor.id,
            label: {
              text: t('matching.suggestions.manual.option', {
                name: props.people.get(a.mentor.id)?.name ?? '',
                score: formatNumber(a.score, locale),
              }),
            },
          }))}
        />
        <TextArea
          name="begruendung"
          label="matching.suggestions.manual.reason"
          hint="matching.suggestions.manual.reasonHint"
          rows={4}
        />
        <SubmitButton label="matching.suggestions.manual.submit" kind="secondary" />
      </Form>
    </Section>
  );
}

/** The ten best mentors for one mentee with the reasons, filters, and a manual pick. */
export function SuggestionsPage(props: SuggestionsProps) {
  const { t } = useView();
  const name = props.people.get(props.ranked.mentee.id)?.name ?? '';
  const errors = { ...props.filterErrors, ...props.pick.errors };
  return (
    <Page title="matching.suggestions.title" titleVars={{ name }} errors={errors}>
      <p class="kern-body">
        <a class="kern-link" href={programmePath(props.programme)}>
          {t('matching.back', { programme: props.programme.name })}
        </a>
      </p>
      {props.pick.notice ? (
        <Alert
          kind="warning"
          title={t(`matching.suggestions.notice.${props.pick.notice}` as MessageKey)}
          live
        />
      ) : null}
      <ErrorSummary errors={props.filterErrors ?? {}} />
      {props.people.get(props.ranked.mentee.id)?.priorityAt ? (
        <p class="kern-body">
          <PriorityMarker />
        </p>
      ) : null}
      <MenteeSummary {...props} />
      <Filters {...props} />
      <Section id="beste" title="matching.suggestions.top">
        <TopList {...props} />
      </Section>
      <ManualPick {...props} />
    </Page>
  );
}
