import type { Space } from '../../../access/index.ts';
import type { TipState } from '../../../db/schema/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { useView } from '../../../ui/context.ts';
import { formatAt } from '../../../ui/format.ts';
import { spaceName } from '../../community/index.ts';
import { tipPath } from '../paths.ts';
import type { TipCard } from '../queries.ts';

const BADGE: Record<TipState, string> = {
  proposed: 'info',
  draft: 'info',
  submitted: 'warning',
  returned: 'warning',
  published: 'success',
  rejected: 'danger',
};

export function StateBadge(props: { state: TipState }) {
  const { t } = useView();
  return (
    <span class={`kern-badge kern-badge--${BADGE[props.state]}`}>
      {t(`tips.state.${props.state}` as MessageKey)}
    </span>
  );
}

/** "Bayern · Landkreis · 100.000 bis 500.000 Einwohner*innen": the municipality a tip comes from. */
export function contextLine(
  t: (key: MessageKey) => string,
  tip: Pick<TipCard, 'bundesland' | 'organisationType' | 'sizeClass'>,
) {
  return [
    tip.bundesland ? t(`bundesland.${tip.bundesland}` as MessageKey) : null,
    tip.organisationType ? t(`organisation.type.${tip.organisationType}` as MessageKey) : null,
    tip.sizeClass ? t(`organisation.size.${tip.sizeClass}` as MessageKey) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Tips as a list of short cards: title, summary, space, topics, context, "hilfreich" count. */
export function TipList(props: {
  tips: TipCard[];
  spaces: Space[];
  showState?: boolean;
  /** The level of each tip's heading: below the page's h2, or right below its h1. */
  level?: 2 | 3;
}) {
  const { t, locale } = useView();
  const Heading = props.level === 2 ? 'h2' : 'h3';
  return (
    <ul class="thread-list">
      {props.tips.map((tip) => {
        const space = props.spaces.find((s) => s.programmeId === tip.programmeId);
        const context = contextLine(t, tip);
        const when = tip.publishedAt ?? tip.updatedAt;
        return (
          <li key={tip.id}>
            <article>
              <Heading class="kern-heading-small">
                <a class="kern-link" href={tipPath(tip.id)}>
                  {tip.title}
                </a>{' '}
                {props.showState ? <StateBadge state={tip.state} /> : null}
              </Heading>
              <p class="kern-body">{tip.summary}</p>
              <p class="kern-body kern-body--small">
                {[
                  space ? spaceName(t, space) : null,
                  tip.authorName ?? t('community.deletedPerson'),
                  formatAt(when, locale, 'date'),
                  tip.topicLabels.length > 0 ? tip.topicLabels.join(', ') : null,
                  context || null,
                  tip.state === 'published' ? t('tips.helpful.count', { count: tip.helpful }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
