import { CsrfField, FieldError, fieldId } from '../../../ui/components/Form.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { Markdown } from '../../../ui/Markdown.tsx';
import { PostModeration } from '../moderation/views/PostModeration.tsx';
import { postAnchor, proposeTipPath, threadPath } from '../paths.ts';
import type { AnswerView, PostView } from '../queries/thread.ts';
import { Byline } from './parts.tsx';

export interface PostFlags {
  userId: string;
  moderated: boolean;
}

const mayEdit = (post: PostView, flags: PostFlags) => flags.moderated || post.authorId === flags.userId;

/**
 * The links under a post: edit (author, moderators), history (moderators, once edited), then
 * "Melden" and the moderators' actions.
 */
export function PostLinks(props: { threadId: string; post: PostView; flags: PostFlags }) {
  return (
    <>
      <EditLinks {...props} />
      <PostModeration
        threadId={props.threadId}
        post={props.post}
        userId={props.flags.userId}
        moderated={props.flags.moderated}
      />
    </>
  );
}

function EditLinks(props: { threadId: string; post: PostView; flags: PostFlags }) {
  const { t } = useView();
  const { post, flags } = props;
  const base = `${threadPath(props.threadId)}/beitraege/${post.id}`;
  const edit = post.opening ? `${threadPath(props.threadId)}/bearbeiten` : `${base}/bearbeiten`;
  if (!mayEdit(post, flags)) return null;
  return (
    <p class="kern-body kern-body--small">
      <a class="kern-link" href={edit}>
        {t(post.opening ? 'community.thread.edit' : 'community.post.edit')}
      </a>
      {flags.moderated && post.revisions > 0 ? (
        <>
          {' · '}
          <a class="kern-link" href={`${base}/verlauf`}>
            {t('community.post.history', { count: post.revisions })}
          </a>
        </>
      ) : null}
    </p>
  );
}

function StateNote(props: { post: PostView }) {
  const { t } = useView();
  if (props.post.state === 'visible') return null;
  return (
    <p class="kern-body kern-body--small">
      <strong>{t(props.post.state === 'pending' ? 'community.pending' : 'community.hidden')}</strong>
    </p>
  );
}

/** A comment form under an answer; its field is named after the answer, so errors find it. */
function CommentForm(props: {
  threadId: string;
  answerId: string;
  values: Record<string, string>;
  errors?: FormErrors;
}) {
  const { t } = useView();
  const key = `kommentar-${props.answerId}`;
  const id = fieldId(key);
  const error = props.errors?.[key];
  return (
    <details class="comment-form" open={Boolean(error) || undefined}>
      <summary class="kern-link">{t('community.comment.open')}</summary>
      <form method="post" action={`${threadPath(props.threadId)}/kommentare`} class="kern-stack" novalidate>
        <CsrfField />
        <input type="hidden" name="antwort" value={props.answerId} />
        <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label" for={id}>
            {t('community.comment.label')}
          </label>
          <FieldError id={id} error={error} />
          <textarea
            class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
            id={id}
            name="text"
            rows={3}
            aria-describedby={error ? `${id}-fehler` : undefined}
            aria-invalid={error ? 'true' : undefined}
          >
            {error ? props.values.text : ''}
          </textarea>
        </div>
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('community.comment.submit')}</span>
        </button>
      </form>
    </details>
  );
}

/** Marks or unmarks an answer as the solution (the asker and moderators). */
function SolutionButton(props: { threadId: string; answer: AnswerView }) {
  const { t } = useView();
  return (
    <form method="post" action={`${threadPath(props.threadId)}/loesung`} class="inline-form">
      <CsrfField />
      <input type="hidden" name="antwort" value={props.answer.solution ? 'keine' : props.answer.id} />
      <button
        type="submit"
        class={`kern-btn kern-btn--${props.answer.solution ? 'tertiary' : 'secondary'} kern-btn--small`}
      >
        <span class="kern-label">
          {t(props.answer.solution ? 'community.solution.undo' : 'community.solution.mark')}
        </span>
      </button>
    </form>
  );
}

/** On the solution: turn it into a Praxistipp draft (its author agrees before anything appears). */
function TipButton(props: { threadId: string }) {
  const { t } = useView();
  return (
    <form method="post" action={proposeTipPath(props.threadId)} class="inline-form">
      <CsrfField />
      <button type="submit" class="kern-btn kern-btn--secondary kern-btn--small">
        <span class="kern-label">{t('community.solution.toTip')}</span>
      </button>
    </form>
  );
}

/** An answer with its comments, the solution marked. */
export function AnswerBlock(props: {
  threadId: string;
  answer: AnswerView;
  flags: PostFlags;
  canAccept: boolean;
  canWrite: boolean;
  values: Record<string, string>;
  errors?: FormErrors;
}) {
  const { t } = useView();
  const a = props.answer;
  const headingId = `${postAnchor(a.id)}-titel`;
  return (
    <article
      id={postAnchor(a.id)}
      class={`post${a.solution ? ' post--solution' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 class="kern-heading-small" id={headingId}>
        {a.solution ? t('community.solution.heading') : t('community.answer.heading')}
      </h3>
      <Byline name={a.authorName} at={a.createdAt} editedAt={a.editedAt} />
      <StateNote post={a} />
      <Markdown text={a.body} />
      <PostLinks threadId={props.threadId} post={a} flags={props.flags} />
      {props.canAccept && a.state === 'visible' ? (
        <SolutionButton threadId={props.threadId} answer={a} />
      ) : null}
      {a.solution && a.state === 'visible' && (props.canAccept || a.authorId === props.flags.userId) ? (
        <TipButton threadId={props.threadId} />
      ) : null}
      {a.comments.length > 0 ? (
        <ul class="comment-list" aria-label={t('community.comment.list')}>
          {a.comments.map((c) => (
            <li key={c.id} id={postAnchor(c.id)}>
              <StateNote post={c} />
              <Markdown text={c.body} />
              <Byline name={c.authorName} at={c.createdAt} editedAt={c.editedAt} />
              <PostLinks threadId={props.threadId} post={c} flags={props.flags} />
            </li>
          ))}
        </ul>
      ) : null}
      {props.canWrite && a.state === 'visible' ? (
        <CommentForm threadId={props.threadId} answerId={a.id} values={props.values} errors={props.errors} />
      ) : null}
    </article>
  );
}
