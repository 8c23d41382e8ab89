import type { Space } from '../../../access/index.ts';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { NEW_TIP, TIPS } from '../paths.ts';
import type { TipCard } from '../queries.ts';
import { TipList } from './parts.tsx';

/** The actor's own tips in every state: what they work on, what waits, what was sent back. */
export function MyTipsPage(props: { tips: TipCard[]; spaces: Space[] }) {
  const { t } = useView();
  return (
    <Page title="tips.mine.title" lead="tips.mine.lead">
      <p class="kern-body">
        <a class="kern-link" href={TIPS}>
          {t('tips.back')}
        </a>
      </p>
      {props.tips.length === 0 ? (
        <p class="kern-body">
          {t('tips.mine.empty')}{' '}
          <a class="kern-link" href={NEW_TIP}>
            {t('tips.new.link')}
          </a>
        </p>
      ) : (
        <TipList tips={props.tips} spaces={props.spaces} showState level={2} />
      )}
    </Page>
  );
}
