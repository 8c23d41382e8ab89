import { useView } from '../../../ui/context.ts';
import { formatAt } from '../../../ui/format.ts';
import { threadPath } from '../paths.ts';
import type { ThreadListItem } from '../queries/threads.ts';
import { Author, ThreadBadges, TopicList } from './parts.tsx';

/** Threads with their kind, status, topics, answers and last activity. */
export function ThreadList(props: { threads: ThreadListItem[] }) {
  const { t, locale } = useView();
  if (props.threads.length === 0) return <p class="kern-body">{t('community.list.empty')}</p>;
  return (
    <ul class="thread-list">
      {props.threads.map((th) => (
        <li key={th.id} class="thread-list__item">
          <h3 class="kern-heading-small">
            <a class="kern-link" href={threadPath(th.id)}>
              {th.title}
            </a>
          </h3>
          <p class="kern-body kern-body--small">
            {t(th.kind === 'question' ? 'community.kind.question' : 'community.kind.discussion')} ·{' '}
            <Author name={th.authorName} /> · {t('community.list.answers', { count: th.answers })} ·{' '}
            {t('community.list.activity', { at: formatAt(th.lastActivityAt, locale) })}{' '}
            <ThreadBadges solved={th.solved} locked={th.locked} state={th.state} />
          </p>
          <TopicList labels={th.topics} />
        </li>
      ))}
    </ul>
  );
}
