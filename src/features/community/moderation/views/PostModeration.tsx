import type { MessageKey } from '../../../../i18n/index.ts';
import { CsrfField } from '../../../../ui/components/Form.tsx';
import { useView } from '../../../../ui/context.ts';
import type { PostView } from '../../queries/thread.ts';
import { type PostAction, postActionPath, reportPath } from '../paths.ts';

/** A small POST button of a moderation action (no JavaScript needed). */
export function ActionButton(props: { action: string; label: MessageKey; fields?: Record<string, string> }) {
  const { t } = useView();
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField />
      {Object.entries(props.fields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class="kern-btn kern-btn--tertiary kern-btn--small">
        <span class="kern-label">{t(props.label)}</span>
      </button>
    </form>
  );
}

const link = (postId: string, action: PostAction) => postActionPath(postId, action);

/**
 * Under a post: "Melden" for everyone but its author; for the space's moderators what fits its
 * state: hide or restore, approve or reject a post that waits.
 */
export function PostModeration(props: {
  threadId: string;
  post: Pick<PostView, 'id' | 'authorId' | 'state'>;
  userId: string;
  moderated: boolean;
}) {
  const { t } = useView();
  const { post } = props;
  const report = post.state === 'visible' && post.authorId !== props.userId;
  if (!report && !props.moderated) return null;
  return (
    <div class="post-moderation">
      {report ? (
        <a class="kern-link kern-body--small" href={reportPath(props.threadId, post.id)}>
          {t('moderation.report.link')}
        </a>
      ) : null}
      {props.moderated && post.state === 'visible' ? (
        <a class="kern-link kern-body--small" href={link(post.id, 'ausblenden')}>
          {t('moderation.action.hide')}
        </a>
      ) : null}
      {props.moderated && post.state === 'hidden' ? (
        <ActionButton action={link(post.id, 'einblenden')} label="moderation.action.restore" />
      ) : null}
      {props.moderated && post.state === 'pending' ? (
        <>
          <ActionButton action={link(post.id, 'freigeben')} label="moderation.action.approve" />
          <a class="kern-link kern-body--small" href={link(post.id, 'ablehnen')}>
            {t('moderation.action.reject')}
          </a>
        </>
      ) : null}
    </div>
  );
}
