import type { EndKind } from '../../../../db/schema/matching.ts';
import { useView } from '../../../../ui/context.ts';
import { ReturnToPool } from '../../../registration/index.ts';
import { tandemPath } from '../../paths.ts';

/** The guide's "Was tun, wenn es stockt?": ask for support; end the tandem; after the end, feedback. */
export function HelpSection(props: {
  tandemId: string;
  ended: boolean;
  endKind: EndKind | null;
  /** After an early end: who ended it (the reader or the partner) and the reason they gave. */
  early?: { byName: string | null; reason: string };
  /** After a re-match, for the mentee: what happens next. */
  rematchMentee?: boolean;
  feedbackGiven: boolean;
  /** After the end, for the mentee: where to add the mentor role. */
  becomeMentor?: string;
  /** After a planned end, for the mentee still out of the pool: her participation, to ask to return. */
  returnToPool?: string;
}) {
  const { t } = useView();
  return (
    <section aria-labelledby="hilfe" class="account-section">
      <h2 class="kern-heading-medium" id="hilfe">
        {t('tandems.help.section.title')}
      </h2>
      {props.ended ? null : <p class="kern-body">{t('tandems.help.section.lead')}</p>}
      {props.ended && props.endKind ? (
        <p class="kern-body">{t(`tandems.help.section.endedHow.${props.endKind}`)}</p>
      ) : null}
      {props.early ? (
        <dl class="kern-description-list">
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">
              {props.early.byName
                ? t('tandems.help.section.earlyReasonOf', { name: props.early.byName })
                : t('tandems.help.section.earlyReasonOwn')}
            </dt>
            <dd class="kern-description-list-item__value preserve-lines">{props.early.reason || '–'}</dd>
          </div>
        </dl>
      ) : null}
      {props.rematchMentee ? <p class="kern-body">{t('tandems.help.section.rematchNext')}</p> : null}
      <ul class="kern-list">
        {props.ended ? (
          <li>
            {props.feedbackGiven ? (
              t('tandems.help.section.feedbackGiven')
            ) : (
              <a class="kern-link" href={tandemPath(props.tandemId, 'rueckmeldung')}>
                {t('tandems.help.section.feedback')}
              </a>
            )}
          </li>
        ) : (
          <>
            <li>
              <a class="kern-link" href={tandemPath(props.tandemId, 'unterstuetzung')}>
                {t('tandems.help.section.support')}
              </a>
            </li>
            <li>
              <a class="kern-link" href={tandemPath(props.tandemId, 'ende')}>
                {t('tandems.help.section.end')}
              </a>
            </li>
          </>
        )}
      </ul>
      {props.becomeMentor ? (
        <p class="kern-body">
          {t('tandems.help.section.becomeMentorLead')}{' '}
          <a class="kern-link" href={props.becomeMentor}>
            {t('tandems.help.section.becomeMentor')}
          </a>
        </p>
      ) : null}
      {props.returnToPool ? <ReturnToPool participationId={props.returnToPool} /> : null}
    </section>
  );
}
