import type { Space } from '../../../access/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { TIPS } from '../paths.ts';
import type { TipCard } from '../queries.ts';
import { TipList } from './parts.tsx';

/**
 * A page of tips below the list of all: one's own in every state (with their state), or the review
 * queue of the spaces one moderates (oldest first).
 */
export function TipListPage(props: {
  title: MessageKey;
  lead: MessageKey;
  empty: MessageKey;
  tips: TipCard[];
  spaces: Space[];
  showState?: boolean;
  /** After the empty message, e.g. a link to write one. */
  emptyAction?: { href: string; label: MessageKey };
}) {
  const { t } = useView();
  return (
    <Page title={props.title} lead={props.lead}>
      <p class="kern-body">
        <a class="kern-link" href={TIPS}>
          {t('tips.back')}
        </a>
      </p>
      {props.tips.length === 0 ? (
        <p class="kern-body">
          {t(props.empty)}
          {props.emptyAction ? (
            <>
              {' '}
              <a class="kern-link" href={props.emptyAction.href}>
                {t(props.emptyAction.label)}
              </a>
            </>
          ) : null}
        </p>
      ) : (
        <TipList tips={props.tips} spaces={props.spaces} showState={props.showState} level={2} />
      )}
    </Page>
  );
}
