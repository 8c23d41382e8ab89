import type { FastifyInstance, FastifyRequest } from 'fastify';
import { communityAccess, type ThreadInSpace } from '../../../access/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { asList, parseForm, submittedValues } from '../../../platform/forms.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { postPath, threadPath } from '../paths.ts';
import { findPost, postState, revisionsOf, threadPage } from '../queries/thread.ts';
import { isFollowing } from '../queries/threads.ts';
import { answerForm, commentForm, editThreadForm, followForm, solutionForm } from '../schema.ts';
import { answer, comment, markSolution } from '../service/posts.ts';
import { editThread, setFollowing } from '../service/threads.ts';
import { topicsOfSpace } from '../service/topics.ts';
import { EditPage } from '../views/EditPage.tsx';
import { HistoryPage } from '../views/HistoryPage.tsx';
import { ThreadPage } from '../views/ThreadPage.tsx';
import { noReason, posting } from './options.ts';
import { requireReadableThread } from './readable.ts';

export type ThreadParams = { Params: { id: string } };

/** The thread page, with what was typed and why it was refused after a failed post. */
export async function threadView(
  req: FastifyRequest,
  found: ThreadInSpace,
  values: Record<string, string> = {},
  errors?: FormErrors,
) {
  const db = req.server.deps.database.db;
  const userId = found.member.actor.userId;
  return (
    <ThreadPage
      view={{
        space: found.space,
        thread: found.thread,
        data: await threadPage(db, found),
        following: await isFollowing(db, found.thread.id, userId),
        flags: { userId, moderated: found.space.moderated },
        values,
        errors,
      }}
    />
  );
}

const mayEdit = (found: ThreadInSpace, authorId: string | null) =>
  found.space.moderated || authorId === found.member.actor.userId;

/** /austausch/fragen/:id: read, answer, comment, mark the solution, follow, edit. */
export function registerThreads(app: FastifyInstance) {
  const db = app.deps.database.db;
  /** Whether a new post waits for approval (a new account's first posts): the flash says so. */
  const waiting = async (postId: string) => (await postState(db, postId)) === 'pending';

  app.get<ThreadParams>(threadPath(':id'), communityAccess, async (req, reply) => {
    const found = await requireReadableThread(req, req.params.id);
    return reply.page(await threadView(req, found));
  });

  app.post<ThreadParams>(`${threadPath(':id')}/antworten`, posting, async (req, reply) => {
    const found = await requireReadableThread(req, req.params.id);
    const form = parseForm(answerForm, req.body);
    if (!form.ok) return reply.page(await threadView(req, found, form.values, form.errors), 422);
    const done = await answer(app.deps, found, form.data.text);
    if (!done.ok) {
      return reply.page(
        await threadView(req, found, submittedValues(req.body), { text: done.field!.message }),
        409,
      );
    }
    const flash = (await waiting(done.value)) ? 'moderation.flash.pending' : 'community.flash.answered';
    return reply.flash('success', flash).redirect(postPath(found.thread.id, done.value), 303);
  });

  app.post<ThreadParams>(`${threadPath(':id')}/kommentare`, posting, async (req, reply) => {
    const found = await requireReadableThread(req, req.params.id);
    const form = parseForm(commentForm, req.body);
    const field = (id: unknown) => `kommentar-${typeof id === 'string' ? id : ''}`;
    const raw = (req.body ?? {}) as Record<string, unknown>;
    if (!form.ok) {
      const message = form.errors.text ?? form.errors.antwort ?? 'form.invalid';
      return reply.page(await threadView(req, found, form.values, { [field(raw.antwort)]: message }), 422);
    }
    const done = await comment(app.deps, found, form.data.antwort, form.data.text);
    if (!done.ok) {
      const status = done.reason === 'locked' ? 409 : 422;
      return reply.page(
        await threadView(req, found, submittedValues(req.body), {
          [field(raw.antwort)]: done.field!.message,
        }),
        status,
      );
    }
    const flash = (await waiting(done.value)) ? 'moderation.flash.pending' : 'community.flash.commented';
    return reply.flash('success', flash).redirect(postPath(found.thread.id, done.value), 303);
  });

  app.post<ThreadParams>(`${threadPath(':id')}/loesung`, communityAccess, async (req, reply) => {
    const found = await requireReadableThread(req, req.params.id);
    const { thread, space, member } = found;
    // Only the asker and the moderators choose the solution; for others the control does not exist.
    if (thread.kind !== 'question' || !(space.moderated || thread.authorId === member.actor.userId)) {
      throw notFound();
    }
    const form = parseForm(solutionForm, req.body);
    const chosen = form.ok ? (form.data.antwort === 'keine' ? null : form.data.antwort) : undefined;
    const done = chosen === undefined ? null : await markSolution(app.deps, found, chosen);
    if (!done?.ok) {
      return reply.page(await threadView(req, found, {}, { antwort: 'community.error.answer.unknown' }), 422);
    }
    const flash = chosen ? 'community.flash.solutionMarked' : 'community.flash.solutionRemoved';
    return reply
      .flash('success', flash)
      .redirect(chosen ? postPath(thread.id, chosen) : threadPath(thread.id), 303);
  });

  app.post<ThreadParams>(`${threadPath(':id')}/folgen`, communityAccess, async (req, reply) => {
    const found = await requireReadableThread(req, req.params.id);
    const form = parseForm(followForm, req.body);
    if (!form.ok) return reply.redirect(threadPath(found.thread.id), 303);
    await setFollowing(app.deps, found, form.data.folgen === 'ja');
    const flash = form.data.folgen === 'ja' ? 'community.flash.following' : 'community.flash.unfollowed';
    return reply.flash('success', flash).redirect(threadPath(found.thread.id), 303);
  });

  const editable = async (req: FastifyRequest<ThreadParams>) => {
    const found = await requireReadableThread(req, req.params.id);
    if (!mayEdit(found, found.thread.authorId)) throw notFound();
    return found;
  };
  const editPage = async (
    found: ThreadInSpace,
    values: Record<string, string>,
    selected: string[],
    errors?: FormErrors,
  ) => (
    <EditPage
      threadId={found.thread.id}
      action={`${threadPath(found.thread.id)}/bearbeiten`}
      opening
      moderatorEdit={found.thread.authorId !== found.member.actor.userId}
      topics={await topicsOfSpace(db, found.space, found.member.spaces)}
      selectedTopics={selected}
      values={values}
      errors={errors}
    />
  );

  app.get<ThreadParams>(`${threadPath(':id')}/bearbeiten`, communityAccess, async (req, reply) => {
    const found = await editable(req);
    const data = await threadPage(db, found);
    return reply.page(
      await editPage(
        found,
        { titel: found.thread.title, text: data.opening?.body ?? '' },
        data.topics.map((tp) => tp.id),
      ),
    );
  });

  app.post<ThreadParams>(`${threadPath(':id')}/bearbeiten`, posting, async (req, reply) => {
    const found = await editable(req);
    const selected = asList((req.body as Record<string, unknown> | undefined)?.themen);
    const form = parseForm(editThreadForm, req.body);
    if (!form.ok) return reply.page(await editPage(found, form.values, selected, form.errors), 422);
    if (found.thread.authorId !== found.member.actor.userId && form.data.notiz === '') {
      return reply.page(await editPage(found, submittedValues(req.body), selected, noReason), 422);
    }
    const done = await editThread(app.deps, found, {
      title: form.data.titel,
      body: form.data.text,
      topicIds: form.data.themen,
      note: form.data.notiz,
    });
    if (!done.ok) {
      return reply.page(
        await editPage(found, submittedValues(req.body), selected, {
          [done.field!.name]: done.field!.message,
        }),
        422,
      );
    }
    return reply.flash('success', 'community.flash.edited').redirect(threadPath(found.thread.id), 303);
  });

  app.get<{ Params: { id: string; postId: string } }>(
    `${threadPath(':id')}/beitraege/:postId/verlauf`,
    communityAccess,
    async (req, reply) => {
      const found = await requireReadableThread(req, req.params.id);
      if (!found.space.moderated) throw notFound();
      const post = await findPost(db, found.thread.id, req.params.postId);
      if (!post) throw notFound();
      return reply.page(
        <HistoryPage
          threadId={found.thread.id}
          current={post.body}
          revisions={await revisionsOf(db, post.id)}
        />,
      );
    },
  );
}
