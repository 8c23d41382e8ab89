import type { Side } from '../../../../db/schema/tandems.ts';
import { useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';
import type { AgreementVersion } from '../queries.ts';
import { ConfirmButton } from './ConfirmButton.tsx';
import { Summary } from './Summary.tsx';

export interface AgreementSectionView {
  tandemId: string;
  side: Side;
  prepared: boolean;
  inForce: AgreementVersion | null;
  pending: AgreementVersion | null;
  writable: boolean;
}

/** Before the agreement: the kick-off's three steps. After: the agreement in force and a pending change. */
export function AgreementSection(props: { view: AgreementSectionView }) {
  const { t } = useView();
  const v = props.view;
  const mine = (version: AgreementVersion) =>
    v.side === 'mentee' ? version.menteeConfirmedAt : version.mentorConfirmedAt;
  const partners = (version: AgreementVersion) =>
    v.side === 'mentee' ? version.mentorConfirmedAt : version.menteeConfirmedAt;
  const confirmState = (version: AgreementVersion) =>
    mine(version)
      ? partners(version)
        ? ''
        : t('tandems.agreement.confirm.waiting')
      : partners(version)
        ? t('tandems.agreement.confirm.partnerDone')
        : t('tandems.agreement.confirm.nobody');
  return (
    <section aria-labelledby="vereinbarung" class="account-section">
      <h2 class="kern-heading-medium" id="vereinbarung">
        {t(v.inForce ? 'tandems.agreement.section.title' : 'tandems.agreement.section.kickoff')}
      </h2>
      {v.inForce ? (
        <>
          <Summary content={v.inForce.content} />
          {v.pending ? (
            <div class="kern-alert kern-alert--info">
              <div class="kern-alert__body">
                <p class="kern-body">
                  {t('tandems.agreement.section.pending', { version: v.pending.version })}
                </p>
                <p class="kern-body">{confirmState(v.pending)}</p>
                {v.writable && !mine(v.pending) ? (
                  <ConfirmButton tandemId={v.tandemId} version={v.pending.version} />
                ) : null}
              </div>
            </div>
          ) : null}
          <ul class="kern-list">
            {v.writable ? (
              <li>
                <a class="kern-link" href={tandemPath(v.tandemId, 'vereinbarung')}>
                  {t('tandems.agreement.section.change')}
                </a>
              </li>
            ) : null}
            <li>
              <a class="kern-link" href={tandemPath(v.tandemId, 'vereinbarung/verlauf')}>
                {t('tandems.agreement.section.history')}
              </a>
            </li>
          </ul>
        </>
      ) : (
        <>
          <p class="kern-body">{t('tandems.agreement.section.lead')}</p>
          <ol class="kern-list">
            <li>
              <a class="kern-link" href={tandemPath(v.tandemId, 'kickoff')}>
                {t(v.writable ? 'tandems.agreement.step.prepare' : 'tandems.agreement.step.prepareView')}
              </a>{' '}
              {v.prepared ? t('tandems.agreement.step.done') : ''}
            </li>
            <li>
              <a class="kern-link" href={tandemPath(v.tandemId, 'vereinbarung')}>
                {t(v.writable ? 'tandems.agreement.step.record' : 'tandems.agreement.step.recordView')}
              </a>{' '}
              {v.pending ? t('tandems.agreement.step.saved', { version: v.pending.version }) : ''}
            </li>
            <li>
              {t('tandems.agreement.step.confirm')} {v.pending ? confirmState(v.pending) : ''}
            </li>
          </ol>
          {v.pending && v.writable && !mine(v.pending) ? (
            <ConfirmButton tandemId={v.tandemId} version={v.pending.version} />
          ) : null}
        </>
      )}
    </section>
  );
}
