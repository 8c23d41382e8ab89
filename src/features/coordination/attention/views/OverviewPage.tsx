import type { TandemStatus } from '../../../../db/schema/index.ts';
import { TANDEM_STATUSES } from '../../../../db/schema/index.ts';
import { SelectField } from '../../../../ui/components/Choice.tsx';
import { CsrfField, FormFields, SubmitButton } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { useView } from '../../../../ui/context.ts';
import { formatAt } from '../../../../ui/format.ts';
import { endKindKey, formatDuration, statusKey } from '../../../tandems/index.ts';
import {
  COORDINATION_TANDEMS_PATH,
  openCasePath,
  SUPPORT_CASES_PATH,
  supportCasePath,
  tandemEndPath,
} from '../../paths.ts';
import { ColumnHeaders } from '../../views/ColumnHeaders.tsx';
import type { TandemFacts } from '../queries.ts';

export interface ProgrammeOverview {
  name: string;
  slug: string;
  tandems: TandemFacts[];
  celebrated: number;
}

/** The case being worked for this tandem, or a button that opens one. */
function CaseCell(props: { row: TandemFacts }) {
  const { t } = useView();
  const r = props.row;
  const pair = t('tandems.attention.pair', { mentee: r.menteeName, mentor: r.mentorName });
  if (r.openCaseId)
    return (
      <a class="kern-link" href={supportCasePath(r.openCaseId)}>
        {t('tandems.attention.case.open')}
        <span class="kern-sr-only">: {pair}</span>
      </a>
    );
  return (
    <form method="post" action={openCasePath(r.id)} class="inline-form">
      <CsrfField />
      <button type="submit" class="kern-btn kern-btn--secondary kern-btn--x-small">
        <span class="kern-label">
          {t('tandems.attention.case.new')}
          <span class="kern-sr-only">: {pair}</span>
        </span>
      </button>
    </form>
  );
}

function Facts(props: { rows: TandemFacts[]; caption: string; attention?: boolean }) {
  const { t, locale } = useView();
  const day = (d: Date | null) => (d ? formatAt(d, locale, 'date') : '–');
  return (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--small kern-table--striped">
        <caption class="kern-title">{props.caption}</caption>
        <ColumnHeaders
          columns={[
            'tandems.attention.col.pair',
            'tandems.attention.col.status',
            'tandems.attention.col.since',
            props.attention ? 'tandems.attention.col.attentionSince' : null,
            props.attention ? 'tandems.attention.col.lastActivity' : null,
            'tandems.attention.col.lastMeeting',
            'tandems.attention.col.nextMeeting',
            'tandems.attention.col.held',
            'tandems.attention.col.openTodos',
            'tandems.attention.col.time',
            props.attention ? 'tandems.attention.col.case' : null,
          ]}
        />
        <tbody class="kern-table__body">
          {props.rows.map((r) => (
            <tr class="kern-table__row" key={r.id}>
              <th class="kern-table__header" scope="row">
                {t('tandems.attention.pair', { mentee: r.menteeName, mentor: r.mentorName })}
              </th>
              <td class="kern-table__cell">
                {t(statusKey(r.status))}
                {r.endKind ? ` (${t(endKindKey(r.endKind))})` : ''}
                {r.status === 'ended' ? (
                  <>
                    {' '}
                    <a class="kern-link" href={tandemEndPath(r.id)}>
                      {t('tandems.help.endInfo.link')}
                    </a>
                  </>
                ) : null}
              </td>
              <td class="kern-table__cell">{day(r.createdAt)}</td>
              {props.attention ? (
                <>
                  <td class="kern-table__cell">{day(r.attentionAt)}</td>
                  <td class="kern-table__cell">{day(r.lastActivity)}</td>
                </>
              ) : null}
              <td class="kern-table__cell">{day(r.lastMeeting)}</td>
              <td class="kern-table__cell">{day(r.nextMeeting)}</td>
              <td class="kern-table__cell">{r.heldMeetings}</td>
              <td class="kern-table__cell">{r.openTodos}</td>
              <td class="kern-table__cell">{formatDuration(r.minutes, t)}</td>
              {props.attention ? (
                <td class="kern-table__cell">
                  <CaseCell row={r} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StatusFilter(props: { status?: TandemStatus }) {
  const { t } = useView();
  return (
    <form method="get" action={COORDINATION_TANDEMS_PATH} class="kern-stack" novalidate>
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{t('tandems.attention.filter.legend')}</legend>
        <div class="kern-fieldset__body">
          <FormFields values={{ stand: props.status }}>
            <SelectField
              name="stand"
              label="tandems.attention.col.status"
              options={TANDEM_STATUSES.map((s) => ({ value: s, label: statusKey(s) }))}
              placeholder="tandems.attention.filter.all"
              optional
            />
          </FormFields>
        </div>
      </fieldset>
      <SubmitButton label="tandems.attention.filter.submit" kind="secondary" />
    </form>
  );
}

/** The coordinators' tandems: who needs attention first, then every tandem – dates and counts, never contents. */
export function OverviewPage(props: { programmes: ProgrammeOverview[]; status?: TandemStatus }) {
  const { t } = useView();
  return (
    <Page title="tandems.attention.title" lead="tandems.attention.lead">
      <ul class="kern-list">
        <li>
          <a class="kern-link" href={SUPPORT_CASES_PATH}>
            {t('tandems.attention.link.support')}
          </a>
        </li>
        <li>
          <a class="kern-link" href="/koordination/mentoring-zeit">
            {t('tandems.attention.link.time')}
          </a>
        </li>
        <li>
          <a class="kern-link" href="/koordination/rueckmeldungen">
            {t('tandems.attention.link.feedback')}
          </a>
        </li>
      </ul>
      {props.programmes.length === 0 ? (
        <p class="kern-body">{t('tandems.attention.noProgrammes')}</p>
      ) : (
        <StatusFilter status={props.status} />
      )}
      {props.programmes.map((p) => {
        const attention = p.tandems.filter((r) => r.needsAttention);
        const open = p.tandems.filter((r) => r.status !== 'ended').length;
        const shown = props.status ? p.tandems.filter((r) => r.status === props.status) : p.tandems;
        return (
          <section aria-labelledby={`programm-${p.slug}`} class="account-section" key={p.slug}>
            <h2 class="kern-heading-medium" id={`programm-${p.slug}`}>
              {p.name}
            </h2>
            <p class="kern-body">
              {t('tandems.attention.summary', {
                open,
                ended: p.tandems.length - open,
                celebrated: p.celebrated,
              })}{' '}
              <a class="kern-link" href={`/koordination/tandem-einstellungen/${p.slug}`}>
                {t('tandems.attention.link.settings')}
              </a>
            </p>
            <h3 class="kern-heading-small">
              {t('tandems.attention.needsTitle', { count: attention.length })}
            </h3>
            {attention.length === 0 ? (
              <p class="kern-body">{t('tandems.attention.needsNone')}</p>
            ) : (
              <Facts
                rows={attention}
                caption={t('tandems.attention.needsCaption', { programme: p.name })}
                attention
              />
            )}
            <h3 class="kern-heading-small">
              {props.status
                ? t('tandems.attention.filteredTitle', {
                    status: t(statusKey(props.status)),
                    count: shown.length,
                  })
                : t('tandems.attention.allTitle', { count: shown.length })}
            </h3>
            {shown.length === 0 ? (
              <p class="kern-body">{t('tandems.attention.none')}</p>
            ) : (
              <Facts rows={shown} caption={t('tandems.attention.allCaption', { programme: p.name })} />
            )}
          </section>
        );
      })}
    </Page>
  );
}
