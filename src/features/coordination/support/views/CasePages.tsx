import { Alert } from '../../../../ui/components/Alert.tsx';
import { ChoiceGroup } from '../../../../ui/components/Choice.tsx';
import { ErrorSummary, Form, SubmitButton, TextArea } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../../ui/context.ts';
import { formatAt } from '../../../../ui/format.ts';
import { statusKey } from '../../../tandems/index.ts';
import type { TandemFacts } from '../../attention/queries.ts';
import { SUPPORT_CASES_PATH, supportCasePath } from '../../paths.ts';
import { ColumnHeaders } from '../../views/ColumnHeaders.tsx';
import { fittingOutcomes } from '../outcomes.ts';
import type { CaseRow } from '../queries.ts';

/** The programmes' support requests: open and in progress first. */
export function CasesPage(props: { rows: CaseRow[] }) {
  const { t, locale } = useView();
  return (
    <Page title="tandems.help.cases.title" lead="tandems.help.cases.lead">
      {props.rows.length === 0 ? (
        <p class="kern-body">{t('tandems.help.cases.none')}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--small kern-table--striped">
            <caption class="kern-sr-only">{t('tandems.help.cases.title')}</caption>
            <ColumnHeaders
              columns={[
                'tandems.help.cases.date',
                'tandems.help.cases.tandem',
                'tandems.help.cases.programme',
                'tandems.help.cases.reason',
                'tandems.help.cases.status',
              ]}
            />
            <tbody class="kern-table__body">
              {props.rows.map((r) => (
                <tr class="kern-table__row" key={r.case.id}>
                  <th class="kern-table__header" scope="row">
                    <a class="kern-link" href={supportCasePath(r.case.id)}>
                      {formatAt(r.case.createdAt, locale, 'date')}
                    </a>
                  </th>
                  <td class="kern-table__cell">
                    {t('tandems.attention.pair', { mentee: r.menteeName, mentor: r.mentorName })}
                  </td>
                  <td class="kern-table__cell">{r.programmeName}</td>
                  <td class="kern-table__cell">{t(`tandems.help.reason.${r.case.reason}`)}</td>
                  <td class="kern-table__cell">{t(`tandems.help.status.${r.case.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}

export interface CaseView {
  row: CaseRow;
  facts: TandemFacts | null;
  notes: { id: string; kind: 'note' | 'contact'; body: string; at: Date; authorName: string | null }[];
  values: Record<string, string>;
  errors?: FormErrors;
  conflict?: boolean;
}

/** One request: what was asked, the tandem's facts (no contents), the coordinators' notes and the outcome. */
export function CasePage(props: { view: CaseView }) {
  const { t, locale } = useView();
  const v = props.view;
  const c = v.row.case;
  const f = v.facts;
  const day = (d: Date | null | undefined) => (d ? formatAt(d, locale, 'date') : '–');
  return (
    <Page
      title="tandems.help.case.title"
      titleVars={{ mentee: v.row.menteeName, mentor: v.row.mentorName }}
      errors={v.errors}
    >
      <p class="kern-body">
        <a class="kern-link" href={SUPPORT_CASES_PATH}>
          {t('tandems.help.case.back')}
        </a>
      </p>
      <ErrorSummary errors={v.errors ?? {}} order={['art', 'text', 'ergebnis', 'notiz']} />
      {v.conflict ? <Alert kind="warning" title={t('tandems.help.case.closedAlready')} live focus /> : null}
      <dl class="kern-description-list">
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('tandems.help.case.requester')}</dt>
          <dd class="kern-description-list-item__value">
            {v.row.requesterName ?? (c.reason === 'stalled' ? t('tandems.help.case.byCoordination') : '–')}
          </dd>
        </div>
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('tandems.help.cases.reason')}</dt>
          <dd class="kern-description-list-item__value">{t(`tandems.help.reason.${c.reason}`)}</dd>
        </div>
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('tandems.help.case.message')}</dt>
          <dd class="kern-description-list-item__value preserve-lines">{c.message || '–'}</dd>
        </div>
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('tandems.help.cases.status')}</dt>
          <dd class="kern-description-list-item__value">
            {t(`tandems.help.status.${c.status}`)}
            {c.outcome ? ` · ${t(`tandems.help.outcome.${c.outcome}`)}` : ''}
          </dd>
        </div>
        {f ? (
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{t('tandems.help.case.facts')}</dt>
            <dd class="kern-description-list-item__value">
              {t('tandems.help.case.factsLine', {
                status: t(statusKey(f.status)),
                since: day(f.createdAt),
                last: day(f.lastMeeting),
                next: day(f.nextMeeting),
                held: f.heldMeetings,
                todos: f.openTodos,
              })}
            </dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="notizen" class="account-section">
        <h2 class="kern-heading-medium" id="notizen">
          {t('tandems.help.case.notes')}
        </h2>
        {v.notes.length === 0 ? <p class="kern-body">{t('tandems.help.case.noNotes')}</p> : null}
        <ul class="kern-list">
          {v.notes.map((n) => (
            <li key={n.id}>
              {t(`tandems.help.noteKind.${n.kind}`)} · {formatAt(n.at, locale, 'dateTime')} ·{' '}
              {n.authorName ?? '–'}: <span class="preserve-lines">{n.body}</span>
            </li>
          ))}
        </ul>
      </section>
      {c.status !== 'closed' ? (
        <>
          <section aria-labelledby="notiz-neu" class="account-section">
            <h2 class="kern-heading-medium" id="notiz-neu">
              {t('tandems.help.case.addNote')}
            </h2>
            <Form
              action={`${supportCasePath(c.id)}/notizen`}
              values={{ art: 'note', ...v.values }}
              errors={v.errors}
            >
              <ChoiceGroup
                name="art"
                legend="tandems.help.case.noteKind"
                options={[
                  { value: 'note', label: 'tandems.help.noteKind.note' },
                  { value: 'contact', label: 'tandems.help.noteKind.contact' },
                ]}
              />
              <TextArea name="text" label="tandems.help.case.noteText" rows={3} />
              <SubmitButton label="tandems.help.case.saveNote" kind="secondary" />
            </Form>
          </section>
          <section aria-labelledby="ergebnis" class="account-section">
            <h2 class="kern-heading-medium" id="ergebnis">
              {t('tandems.help.case.outcome')}
            </h2>
            <Form action={`${supportCasePath(c.id)}/ergebnis`} values={v.values} errors={v.errors}>
              <ChoiceGroup
                name="ergebnis"
                legend="tandems.help.case.outcomeLegend"
                options={fittingOutcomes(f ?? { status: 'active', endKind: null }).map((o) => ({
                  value: o,
                  label:
                    f?.status === 'ended'
                      ? (`tandems.help.outcomeEnded.${o}` as const)
                      : (`tandems.help.outcome.${o}` as const),
                }))}
              />
              <TextArea
                name="notiz"
                label="tandems.help.case.outcomeNote"
                hint="tandems.help.case.outcomeNoteHint"
                rows={3}
              />
              <SubmitButton label="tandems.help.case.close" />
            </Form>
          </section>
        </>
      ) : null}
    </Page>
  );
}
