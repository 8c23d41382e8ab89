import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireCommunityMember } from '../../../../access/index.ts';
import type { MessageKey } from '../../../../i18n/index.ts';
import { notFound } from '../../../../platform/errors.ts';
import { parseForm } from '../../../../platform/forms.ts';
import { postPath, threadPath } from '../../paths.ts';
import { MODERATION_PATH, type PostAction, postActionPath, threadActionPath } from '../paths.ts';
import { excerpt, queueOf } from '../queries.ts';
import { editForm, lockForm, moveForm, noteForm } from '../schema.ts';
import type { ModeratedPost } from '../service/moderate.ts';
import {
  approvePost,
  editAsModerator,
  hidePost,
  keepPost,
  rejectPost,
  restorePost,
} from '../service/posts.ts';
import { moveThread, setLocked } from '../service/threads.ts';
import { MovePage } from '../views/MovePage.tsx';
import { type NoteKind, NotePage } from '../views/NotePage.tsx';
import { QueuePage } from '../views/QueuePage.tsx';
import { fromQueue, requireModeratedPost, requireModeratedThread } from './load.ts';

const moderation = { config: { access: 'community.moderate' as const } };
type PostParams = { Params: { postId: string } };
type ThreadParams = { Params: { id: string } };

const back = (req: FastifyRequest, target: ModeratedPost) =>
  fromQueue(req.body) ? MODERATION_PATH : postPath(target.post.threadId, target.post.id);
const done = (reply: FastifyReply, to: string, flash: MessageKey) =>
  reply.flash('success', flash).redirect(to, 303);
const queryFrom = (req: FastifyRequest) =>
  (req.query as Record<string, unknown> | undefined)?.von === 'warteschlange' ? 'warteschlange' : undefined;

/** /koordination/moderation: the queue, and each moderator's action on a post or thread. */
export function registerModerationActions(app: FastifyInstance) {
  const db = app.deps.database.db;

  app.get(MODERATION_PATH, moderation, async (req, reply) => {
    const member = await requireCommunityMember(req);
    return reply.page(<QueuePage queues={await queueOf(db, member.spaces)} />);
  });

  /** Hide, reject and edit: a page with the reason for the author (and for an edit, the text). */
  const withNote = (action: PostAction, kind: NoteKind, flash: MessageKey) => {
    const path = postActionPath(':postId', action);
    const fits = (t: ModeratedPost) =>
      kind === 'reject' ? t.post.state === 'pending' : kind === 'hide' ? t.post.state !== 'hidden' : true;
    const load = async (req: FastifyRequest<PostParams>) => {
      const target = await requireModeratedPost(req, req.params.postId);
      if (!fits(target)) throw notFound();
      return target;
    };
    const page = (t: ModeratedPost, from: string | undefined) => ({
      kind,
      threadId: t.post.threadId,
      postId: t.post.id,
      excerpt: excerpt(t.post.body),
      action: postActionPath(t.post.id, action),
      from,
    });
    app.get<PostParams>(path, moderation, async (req, reply) => {
      const target = await load(req);
      const values: Record<string, string> = kind === 'edit' ? { text: target.post.body } : {};
      return reply.page(<NotePage {...page(target, queryFrom(req))} values={values} />);
    });
    app.post<PostParams>(path, { ...moderation, bodyLimit: 512 * 1024 }, async (req, reply) => {
      const target = await load(req);
      const from = fromQueue(req.body) ? 'warteschlange' : undefined;
      const form = parseForm(kind === 'edit' ? editForm : noteForm, req.body);
      if (!form.ok) {
        return reply.page(
          <NotePage {...page(target, from)} values={form.values} errors={form.errors} />,
          422,
        );
      }
      const data: { notiz: string; text?: string } = form.data;
      if (kind === 'hide') await hidePost(app.deps, target, data.notiz);
      else if (kind === 'reject') await rejectPost(app.deps, target, data.notiz);
      else await editAsModerator(app.deps, target, data.text ?? target.post.body, data.notiz);
      return done(reply, back(req, target), flash);
    });
  };
  withNote('ausblenden', 'hide', 'moderation.flash.hidden');
  withNote('ablehnen', 'reject', 'moderation.flash.rejected');
  withNote('bearbeiten', 'edit', 'moderation.flash.edited');

  /** Restore, keep and approve: one button each. */
  const button = (
    action: PostAction,
    fits: (t: ModeratedPost) => boolean,
    run: (t: ModeratedPost) => Promise<unknown>,
    flash: MessageKey,
  ) =>
    app.post<PostParams>(postActionPath(':postId', action), moderation, async (req, reply) => {
      const target = await requireModeratedPost(req, req.params.postId);
      if (!fits(target)) throw notFound();
      await run(target);
      return done(reply, back(req, target), flash);
    });
  button(
    'einblenden',
    (t) => t.post.state === 'hidden',
    (t) => restorePost(app.deps, t),
    'moderation.flash.restored',
  );
  button(
    'behalten',
    () => true,
    (t) => keepPost(app.deps, t),
    'moderation.flash.kept',
  );
  button(
    'freigeben',
    (t) => t.post.state === 'pending',
    (t) => approvePost(app.deps, t),
    'moderation.flash.approved',
  );

  app.post<ThreadParams>(threadActionPath(':id', 'sperren'), moderation, async (req, reply) => {
    const target = await requireModeratedThread(req, req.params.id);
    const form = parseForm(lockForm, req.body);
    if (!form.ok) return reply.redirect(threadPath(target.found.thread.id), 303);
    const lock = form.data.sperren === 'ja';
    await setLocked(app.deps, target, lock);
    return done(
      reply,
      threadPath(target.found.thread.id),
      lock ? 'moderation.flash.locked' : 'moderation.flash.unlocked',
    );
  });

  const moveTargets = (target: ModeratedPost) =>
    target.found.member.spaces.filter(
      (s) => s.moderated && s.programmeId !== target.found.thread.programmeId,
    );
  const movePage = (target: ModeratedPost) => ({
    threadId: target.found.thread.id,
    title: target.found.thread.title,
    action: threadActionPath(target.found.thread.id, 'verschieben'),
    targets: moveTargets(target),
  });

  app.get<ThreadParams>(threadActionPath(':id', 'verschieben'), moderation, async (req, reply) => {
    const target = await requireModeratedThread(req, req.params.id);
    return reply.page(<MovePage {...movePage(target)} />);
  });

  app.post<ThreadParams>(threadActionPath(':id', 'verschieben'), moderation, async (req, reply) => {
    const target = await requireModeratedThread(req, req.params.id);
    const form = parseForm(moveForm, req.body);
    const to = form.ok ? moveTargets(target).find((s) => s.slug === form.data.bereich) : undefined;
    if (!to) {
      return reply.page(
        <MovePage
          {...movePage(target)}
          values={form.ok ? { bereich: form.data.bereich } : form.values}
          errors={{ bereich: 'moderation.error.target' }}
        />,
        422,
      );
    }
    await moveThread(app.deps, target, to);
    return done(reply, threadPath(target.found.thread.id), 'moderation.flash.moved');
  });
}
