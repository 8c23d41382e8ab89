import type { Space } from '../../../access/index.ts';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { TIPS } from '../paths.ts';
import type { TipCard } from '../queries.ts';
import { TipList } from './parts.tsx';

/** Submitted tips of the spaces the actor moderates, oldest first. */
export function ReviewQueuePage(props: { tips: TipCard[]; spaces: Space[] }) {
  const { t } = useView();
  return (
    <Page title="tips.review.title" lead="tips.review.lead">
      <p class="kern-body">
        <a class="kern-link" href={TIPS}>
          {t('tips.back')}
        </a>
      </p>
      {props.tips.length === 0 ? (
        <p class="kern-body">{t('tips.review.empty')}</p>
      ) : (
        <TipList tips={props.tips} spaces={props.spaces} level={2} />
      )}
    </Page>
  );
}
