import { useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';
import { meetingPath } from '../paths.ts';
import type { HistoryRow } from '../queries.ts';
import { clockTime, formatKey, kindKey, shortDate, statusKey } from './labels.ts';

/** Held and cancelled meetings and logged contacts, newest first, each linking to its record. */
export function History(props: { tandemId: string; rows: HistoryRow[]; total: number }) {
  const { t, locale } = useView();
  return (
    <section aria-labelledby="verlauf" class="account-section">
      <h2 class="kern-heading-medium" id="verlauf">
        {t('tandems.meetings.history.title')}
      </h2>
      {props.rows.length === 0 ? (
        <p class="kern-body">{t('tandems.meetings.history.none')}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--small kern-table--striped">
            <caption class="kern-title">
              {props.total > props.rows.length
                ? t('tandems.meetings.history.captionLatest', {
                    shown: props.rows.length,
                    total: props.total,
                  })
                : t('tandems.meetings.history.caption', { count: props.rows.length })}
            </caption>
            <thead>
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">
                  {t('tandems.meetings.history.date')}
                </th>
                <th class="kern-table__header" scope="col">
                  {t('tandems.meetings.history.kind')}
                </th>
                <th class="kern-table__header" scope="col">
                  {t('tandems.meetings.history.format')}
                </th>
                <th class="kern-table__header" scope="col">
                  {t('tandems.meetings.history.status')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {props.rows.map((r) => (
                <tr class="kern-table__row" key={r.id}>
                  <th class="kern-table__header" scope="row">
                    <a class="kern-link" href={meetingPath(props.tandemId, r.id)}>
                      {t('tandems.meetings.history.when', {
                        date: shortDate(r.startsAt, locale),
                        time: clockTime(r.startsAt, locale),
                      })}
                    </a>
                  </th>
                  <td class="kern-table__cell">{t(kindKey(r.kind))}</td>
                  <td class="kern-table__cell">{t(formatKey(r.format))}</td>
                  <td class="kern-table__cell">{t(statusKey(r.status))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.total > props.rows.length ? (
        <p class="kern-body">
          <a class="kern-link" href={tandemPath(props.tandemId, 'verlauf')}>
            {t('tandems.meetings.history.all', { total: props.total })}
          </a>
        </p>
      ) : null}
    </section>
  );
}
