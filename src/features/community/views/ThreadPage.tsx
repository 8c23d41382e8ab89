import type { Space, Thread } from '../../../access/index.ts';
import { CsrfField, ErrorSummary, Form, SubmitButton, TextArea } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { Markdown } from '../../../ui/Markdown.tsx';
import { ClosedNote, ThreadModeration } from '../moderation/views/ThreadModeration.tsx';
import { postAnchor, spacePath, threadPath } from '../paths.ts';
import type { ThreadPageData } from '../queries/thread.ts';
import { AnswerBlock, type PostFlags, PostLinks } from './PostBlock.tsx';
import { Byline, spaceName, ThreadBadges, TopicList } from './parts.tsx';

export interface ThreadView {
  space: Space;
  thread: Thread;
  data: ThreadPageData;
  following: boolean;
  flags: PostFlags;
  values: Record<string, string>;
  errors?: FormErrors;
}

function FollowButton(props: { threadId: string; following: boolean }) {
  const { t } = useView();
  return (
    <form method="post" action={`${threadPath(props.threadId)}/folgen`} class="inline-form">
      <CsrfField />
      <input type="hidden" name="folgen" value={props.following ? 'nein' : 'ja'} />
      <button type="submit" class="kern-btn kern-btn--tertiary kern-btn--small">
        <span class="kern-label">
          {t(props.following ? 'community.follow.stop' : 'community.follow.start')}
        </span>
      </button>
    </form>
  );
}

/** A question (or discussion): its text, the answers with the solution first, and the answer form. */
export function ThreadPage(props: { view: ThreadView }) {
  const { t } = useView();
  const { thread, data, space, flags } = props.view;
  const locked = thread.lockedAt !== null;
  const canWrite = !locked && thread.state === 'visible';
  const canAccept = thread.kind === 'question' && (flags.moderated || thread.authorId === flags.userId);
  const answerErrors = props.view.errors?.text ? { text: props.view.errors.text } : undefined;
  const visibleAnswers = data.answers.filter((a) => a.state === 'visible').length;
  return (
    <Page title="community.thread.title" titleVars={{ title: thread.title }} errors={props.view.errors}>
      <p class="kern-body">
        <a class="kern-link" href={spacePath(space.slug)}>
          {t('community.backTo', { space: spaceName(t, space) })}
        </a>
      </p>
      <ErrorSummary errors={props.view.errors ?? {}} />
      <p class="kern-body">
        {t(thread.kind === 'question' ? 'community.kind.question' : 'community.kind.discussion')}{' '}
        <ThreadBadges solved={thread.solutionPostId !== null} locked={locked} state={thread.state} />
      </p>
      {thread.state === 'pending' && thread.authorId === flags.userId ? (
        <p class="kern-body">{t('moderation.thread.waiting')}</p>
      ) : null}
      <TopicList labels={data.topics.map((tp) => tp.label)} />
      {flags.moderated ? <ThreadModeration thread={thread} /> : null}
      {data.opening ? (
        <article
          id={postAnchor(data.opening.id)}
          class="post post--opening"
          aria-label={t('community.thread.opening')}
        >
          <Byline
            name={data.opening.authorName}
            at={data.opening.createdAt}
            editedAt={data.opening.editedAt}
          />
          <Markdown text={data.opening.body} />
          <PostLinks threadId={thread.id} post={data.opening} flags={flags} />
        </article>
      ) : null}
      <FollowButton threadId={thread.id} following={props.view.following} />
      <section aria-labelledby="antworten">
        <h2 class="kern-heading-medium" id="antworten">
          {t('community.answer.count', { count: visibleAnswers })}
        </h2>
        {data.answers.length === 0 ? <p class="kern-body">{t('community.answer.none')}</p> : null}
        {data.answers.map((a) => (
          <AnswerBlock
            key={a.id}
            threadId={thread.id}
            answer={a}
            flags={flags}
            canAccept={canAccept}
            canWrite={canWrite}
            values={props.view.values}
            errors={props.view.errors}
          />
        ))}
      </section>
      {canWrite ? (
        <section aria-labelledby="antworten-form">
          <h2 class="kern-heading-medium" id="antworten-form">
            {t(thread.kind === 'question' ? 'community.answer.formTitle' : 'community.answer.replyTitle')}
          </h2>
          <Form
            action={`${threadPath(thread.id)}/antworten`}
            values={answerErrors ? props.view.values : {}}
            errors={answerErrors}
          >
            <TextArea
              name="text"
              label="community.answer.label"
              hint="community.field.markdownHint"
              rows={6}
            />
            <SubmitButton label="community.answer.submit" />
          </Form>
        </section>
      ) : (
        <>
          {locked ? <ClosedNote thread={thread} /> : <p class="kern-body">{t('community.thread.notOpen')}</p>}
          {props.view.values.text ? <pre class="revision-text">{props.view.values.text}</pre> : null}
        </>
      )}
    </Page>
  );
}
