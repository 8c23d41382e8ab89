import { Page } from '../../../../ui/components/Page.tsx';
import { useView } from '../../../../ui/context.ts';
import { formatAt } from '../../../../ui/format.ts';
import { postPath } from '../../paths.ts';
import { Author, spaceName } from '../../views/parts.tsx';
import { postActionPath } from '../paths.ts';
import type { QueueEntry, ReportedEntry, SpaceQueue } from '../queries.ts';
import { reasonLabel } from './labels.ts';
import { ActionButton } from './PostModeration.tsx';

const FROM_QUEUE = { von: 'warteschlange' };

function Post(props: { entry: QueueEntry }) {
  const { t, locale } = useView();
  const e = props.entry;
  return (
    <>
      <blockquote class="kern-body">{e.excerpt}</blockquote>
      <p class="kern-body kern-body--small">
        <Author name={e.authorName} /> · {t('moderation.queue.in', { thread: e.threadTitle })} ·{' '}
        {t('moderation.queue.since', { at: formatAt(e.since, locale) })} ·{' '}
        <a class="kern-link" href={postPath(e.threadId, e.postId)}>
          {t('moderation.queue.open')}
        </a>
      </p>
    </>
  );
}

function Reported(props: { entry: ReportedEntry }) {
  const { t } = useView();
  const e = props.entry;
  return (
    <li class="moderation-entry">
      <p class="kern-body">
        <strong>{t('moderation.queue.count', { count: e.reports })}</strong> · {t('moderation.queue.reasons')}
        : {e.reasons.map((r) => t(reasonLabel(r))).join(', ')}
        {e.state === 'hidden' ? (
          <>
            {' '}
            <span class="kern-badge kern-badge--danger">{t('community.hidden')}</span>
          </>
        ) : null}
      </p>
      <Post entry={e} />
      {e.notes.length > 0 ? (
        <p class="kern-body kern-body--small">
          {t('moderation.queue.notes')}: {e.notes.join(' · ')}
        </p>
      ) : null}
      <div class="post-moderation">
        {e.state === 'hidden' ? null : (
          <a
            class="kern-link kern-body--small"
            href={`${postActionPath(e.postId, 'ausblenden')}?von=warteschlange`}
          >
            {t('moderation.action.hide')}
          </a>
        )}
        <a
          class="kern-link kern-body--small"
          href={`${postActionPath(e.postId, 'bearbeiten')}?von=warteschlange`}
        >
          {t('moderation.action.edit')}
        </a>
        <ActionButton
          action={postActionPath(e.postId, 'behalten')}
          label="moderation.action.keep"
          fields={FROM_QUEUE}
        />
      </div>
    </li>
  );
}

function Pending(props: { entry: QueueEntry }) {
  const { t } = useView();
  const e = props.entry;
  return (
    <li class="moderation-entry">
      <Post entry={e} />
      <div class="post-moderation">
        <ActionButton
          action={postActionPath(e.postId, 'freigeben')}
          label="moderation.action.approve"
          fields={FROM_QUEUE}
        />
        <a
          class="kern-link kern-body--small"
          href={`${postActionPath(e.postId, 'ablehnen')}?von=warteschlange`}
        >
          {t('moderation.action.reject')}
        </a>
      </div>
    </li>
  );
}

/** /koordination/moderation: per space the actor moderates, open reports and posts waiting, oldest first. */
export function QueuePage(props: { queues: SpaceQueue[] }) {
  const { t } = useView();
  return (
    <Page title="moderation.queue.title" lead="moderation.queue.lead">
      {props.queues.map((q) => {
        const id = `bereich-${q.space.slug}`;
        return (
          <section key={q.space.slug} aria-labelledby={id}>
            <h2 class="kern-heading-medium" id={id}>
              {t('moderation.queue.space', { space: spaceName(t, q.space) })}
            </h2>
            <h3 class="kern-heading-small">{t('moderation.queue.reports')}</h3>
            {q.reported.length === 0 ? (
              <p class="kern-body">{t('moderation.queue.reports.none')}</p>
            ) : (
              <ol class="moderation-list">
                {q.reported.map((e) => (
                  <Reported key={e.postId} entry={e} />
                ))}
              </ol>
            )}
            <h3 class="kern-heading-small">{t('moderation.queue.pending')}</h3>
            {q.pending.length === 0 ? (
              <p class="kern-body">{t('moderation.queue.pending.none')}</p>
            ) : (
              <ol class="moderation-list">
                {q.pending.map((e) => (
                  <Pending key={e.postId} entry={e} />
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </Page>
  );
}
