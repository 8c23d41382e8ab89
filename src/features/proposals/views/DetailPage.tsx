import type { MessageKey } from '../../../i18n/index.ts';
import { Alert } from '../../../ui/components/Alert.tsx';
import { ErrorSummary } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { formatAt } from '../../../ui/format.ts';
import type { DetailView } from './detail-view.ts';
import { LIST_PATH } from './labels.ts';
import { PartnerProfile } from './PartnerProfile.tsx';
import { formatPoints, Reasons } from './Reasons.tsx';
import { Respond } from './Respond.tsx';

function State(props: { view: DetailView }) {
  const { t, locale } = useView();
  const v = props.view;
  const date = formatAt(v.expiresAt, locale, 'longDateTime');
  const backToPool = v.side === 'mentee' ? <p class="kern-body">{t('proposals.detail.backToPool')}</p> : null;
  switch (v.status) {
    case 'pending':
      return v.ownAnswer === 'accepted' ? (
        <Alert kind="info" title={t('proposals.detail.waitingTitle')}>
          <p class="kern-body">{t('proposals.detail.waiting', { name: v.partner.name, date })}</p>
        </Alert>
      ) : (
        <p class="kern-body">
          <strong>{t('proposals.detail.deadline', { date })}</strong>
        </p>
      );
    case 'accepted':
      return (
        <Alert kind="success" title={t('proposals.detail.tandemTitle')}>
          <p class="kern-body">{t('proposals.detail.tandemText')}</p>
        </Alert>
      );
    default: {
      const text: MessageKey =
        v.status === 'declined'
          ? v.declinedBy === v.side
            ? 'proposals.detail.declinedByYou'
            : 'proposals.detail.declinedByPartner'
          : v.status === 'expired'
            ? 'proposals.detail.expired'
            : 'proposals.detail.withdrawn';
      return (
        <Alert kind="info" title={t('proposals.detail.closedTitle')}>
          <p class="kern-body">{t(text)}</p>
          {backToPool}
        </Alert>
      );
    }
  }
}

/** One proposal as one of its two people sees it: who, why, and the answer. */
export function DetailPage(props: { view: DetailView }) {
  const { t, locale } = useView();
  const v = props.view;
  const errors = v.errors ?? {};
  return (
    <Page title="proposals.detail.title" errors={errors}>
      <p class="kern-body">
        <a class="kern-link" href={LIST_PATH}>
          {t('proposals.detail.back')}
        </a>
      </p>
      <p class="kern-body kern-body--large">
        {t(v.side === 'mentee' ? 'proposals.detail.leadMentee' : 'proposals.detail.leadMentor', {
          programme: v.programmeName,
          name: v.partner.name,
        })}
      </p>
      {v.conflict ? (
        <Alert kind="danger" title={t('proposals.conflict.title')} live>
          <p class="kern-body">{t(v.conflict.key, v.conflict.vars)}</p>
        </Alert>
      ) : null}
      <ErrorSummary errors={errors} order={['grund']} />
      <State view={v} />
      <PartnerProfile partner={v.partner} />
      {v.explanation ? (
        <section aria-labelledby="warum" class="account-section">
          <h2 class="kern-heading-medium" id="warum">
            {t('proposals.reasons.title')}
          </h2>
          {v.explanation.exclusion ? null : (
            <p class="kern-body">
              {t('proposals.reasons.lead', { score: formatPoints(v.explanation.score, locale) })}
            </p>
          )}
          {/* An exclusion is the coordinators' concern; the people see the criteria only. */}
          <Reasons explanation={{ ...v.explanation, exclusion: null }} topicLabels={v.topicLabels} />
        </section>
      ) : null}
      <Respond view={v} />
    </Page>
  );
}
