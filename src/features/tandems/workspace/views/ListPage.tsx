import type { TandemStatus } from '../../../../db/schema/index.ts';
import type { Side } from '../../../../db/schema/tandems.ts';
import { Page } from '../../../../ui/components/Page.tsx';
import { useView } from '../../../../ui/context.ts';
import { formatAt } from '../../../../ui/format.ts';
import { tandemPath } from '../../paths.ts';
import { sideKey, statusKey } from './labels.ts';

export interface TandemListRow {
  id: string;
  status: TandemStatus;
  side: Side;
  partnerName: string;
  programmeName: string;
  createdAt: Date;
  endedAt: Date | null;
}

/** All of a person's tandems: as mentee, as mentor of several, or both at once. */
export function ListPage(props: { rows: TandemListRow[] }) {
  const { t, locale } = useView();
  return (
    <Page title="tandems.list.title" lead="tandems.list.lead">
      {props.rows.length === 0 ? (
        <p class="kern-body">{t('tandems.list.none')}</p>
      ) : (
        <ul class="tandem-list">
          {props.rows.map((r) => (
            <li key={r.id} class="kern-card tandem-card">
              <div class="kern-card__container">
                <div class="kern-card__header">
                  <h2 class="kern-heading-small">
                    <a class="kern-link" href={tandemPath(r.id)}>
                      {t('tandems.list.with', { name: r.partnerName })}
                    </a>
                  </h2>
                </div>
                <div class="kern-card__body">
                  <dl class="kern-description-list">
                    <div class="kern-description-list-item">
                      <dt class="kern-description-list-item__key">{t('tandems.list.programme')}</dt>
                      <dd class="kern-description-list-item__value">{r.programmeName}</dd>
                    </div>
                    <div class="kern-description-list-item">
                      <dt class="kern-description-list-item__key">{t('tandems.list.role')}</dt>
                      <dd class="kern-description-list-item__value">{t(sideKey(r.side))}</dd>
                    </div>
                    <div class="kern-description-list-item">
                      <dt class="kern-description-list-item__key">{t('tandems.list.status')}</dt>
                      <dd class="kern-description-list-item__value">{t(statusKey(r.status))}</dd>
                    </div>
                    <div class="kern-description-list-item">
                      <dt class="kern-description-list-item__key">{t('tandems.list.since')}</dt>
                      <dd class="kern-description-list-item__value">
                        {formatAt(r.createdAt, locale, 'date')}
                        {r.endedAt ? ` – ${formatAt(r.endedAt, locale, 'date')}` : ''}
                      </dd>
                    </div>
                  </dl>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ul class="kern-list">
        <li>
          <a class="kern-link" href="/kalender">
            {t('tandems.list.calendar')}
          </a>
        </li>
        <li>
          <a class="kern-link" href="/mentoring-zeit">
            {t('tandems.list.time')}
          </a>
        </li>
      </ul>
    </Page>
  );
}
