import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { formatAt } from '../../../ui/format.ts';
import type { OwnProposalRow } from '../own.ts';
import { answerKey, proposalPath, roleKey, statusKey } from './labels.ts';

/** A row as the list shows it; the status already says 'expired' once the deadline has passed. */
export type ListRow = OwnProposalRow;

function Table(props: { rows: ListRow[]; open: boolean; caption: string }) {
  const { t, locale } = useView();
  return (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--small kern-table--striped">
        <caption class="kern-sr-only">{props.caption}</caption>
        <thead>
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              {t('proposals.list.partner')}
            </th>
            <th class="kern-table__header" scope="col">
              {t('proposals.list.programme')}
            </th>
            <th class="kern-table__header" scope="col">
              {t('proposals.list.role')}
            </th>
            <th class="kern-table__header" scope="col">
              {t('proposals.list.proposedAt')}
            </th>
            <th class="kern-table__header" scope="col">
              {t(props.open ? 'proposals.list.deadline' : 'proposals.list.outcome')}
            </th>
            <th class="kern-table__header" scope="col">
              {t('proposals.list.answer')}
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {props.rows.map((r) => (
            <tr class="kern-table__row" key={r.id}>
              <th class="kern-table__header" scope="row">
                <a class="kern-link" href={proposalPath(r.id)}>
                  {r.partnerName}
                </a>
              </th>
              <td class="kern-table__cell">{r.programmeName}</td>
              <td class="kern-table__cell">{t(roleKey(r.side))}</td>
              <td class="kern-table__cell">{formatAt(r.createdAt, locale, 'date')}</td>
              <td class="kern-table__cell">
                {props.open ? formatAt(r.expiresAt, locale, 'dateTime') : t(statusKey(r.status))}
              </td>
              <td class="kern-table__cell">{t(answerKey(r.ownAnswer))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The person's proposals: open ones first with their deadline, then earlier ones with the outcome. */
export function ListPage(props: { rows: ListRow[] }) {
  const { t } = useView();
  const open = props.rows.filter((r) => r.status === 'pending');
  const earlier = props.rows.filter((r) => r.status !== 'pending');
  return (
    <Page title="proposals.list.title" lead="proposals.list.lead">
      {props.rows.length === 0 ? (
        <p class="kern-body">{t('proposals.list.none')}</p>
      ) : (
        <>
          <section aria-labelledby="offen" class="account-section">
            <h2 class="kern-heading-medium" id="offen">
              {t('proposals.list.open')}
            </h2>
            {open.length === 0 ? (
              <p class="kern-body">{t('proposals.list.noneOpen')}</p>
            ) : (
              <Table rows={open} open caption={t('proposals.list.open')} />
            )}
          </section>
          {earlier.length > 0 ? (
            <section aria-labelledby="frueher" class="account-section">
              <h2 class="kern-heading-medium" id="frueher">
                {t('proposals.list.earlier')}
              </h2>
              <Table rows={earlier} open={false} caption={t('proposals.list.earlier')} />
            </section>
          ) : null}
        </>
      )}
    </Page>
  );
}
