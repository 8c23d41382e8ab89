import type { VNode } from 'preact';
import type { TandemStatus } from '../../../../db/schema/index.ts';
import type { Side } from '../../../../db/schema/tandems.ts';
import { Page } from '../../../../ui/components/Page.tsx';
import { useView } from '../../../../ui/context.ts';
import { formatAt } from '../../../../ui/format.ts';
import { TANDEMS_PATH } from '../../paths.ts';
import { sideKey, statusKey } from './labels.ts';

export interface WorkspaceView {
  side: Side;
  status: TandemStatus;
  programmeName: string;
  programmeContact: string;
  createdAt: Date;
  endedAt: Date | null;
  partner: { name: string; email: string; phone: string; side: Side };
  /** The areas' sections, in the page's order; null ones are left out. */
  sections: (VNode | null)[];
}

function Partner(props: { partner: WorkspaceView['partner'] }) {
  const { t } = useView();
  const p = props.partner;
  return (
    <section aria-labelledby="partner" class="account-section">
      <h2 class="kern-heading-medium" id="partner">
        {t('tandems.workspace.partner', { role: t(sideKey(p.side)) })}
      </h2>
      <dl class="kern-description-list">
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('tandems.workspace.name')}</dt>
          <dd class="kern-description-list-item__value">{p.name}</dd>
        </div>
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('tandems.workspace.email')}</dt>
          <dd class="kern-description-list-item__value">
            <a class="kern-link" href={`mailto:${p.email}`}>
              {p.email}
            </a>
          </dd>
        </div>
        {p.phone ? (
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{t('tandems.workspace.phone')}</dt>
            <dd class="kern-description-list-item__value">
              <a class="kern-link" href={`tel:${p.phone.replace(/[^\d+]/g, '')}`}>
                {p.phone}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

/** The tandem's home: the guide's steps as the two members meet them, each area in its own section. */
export function WorkspacePage(props: { view: WorkspaceView }) {
  const { t, locale } = useView();
  const v = props.view;
  return (
    <Page title="tandems.workspace.title" titleVars={{ name: v.partner.name }}>
      <p class="kern-body">
        <a class="kern-link" href={TANDEMS_PATH}>
          {t('tandems.workspace.back')}
        </a>
      </p>
      <p class="kern-body">
        {t('tandems.workspace.summary', {
          programme: v.programmeName,
          role: t(sideKey(v.side)),
          status: t(statusKey(v.status)),
          since: formatAt(v.createdAt, locale, 'date'),
        })}
      </p>
      {v.endedAt ? (
        <p class="kern-body">{t('tandems.workspace.ended', { at: formatAt(v.endedAt, locale, 'date') })}</p>
      ) : null}
      <p class="kern-body kern-body--small">{t('tandems.workspace.confidential')}</p>
      <Partner partner={v.partner} />
      {v.sections}
    </Page>
  );
}
