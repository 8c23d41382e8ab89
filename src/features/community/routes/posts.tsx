import type { FastifyInstance, FastifyRequest } from 'fastify';
import { communityAccess } from '../../../access/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { isUuid, parseForm, submittedValues } from '../../../platform/forms.ts';
import { postPath, threadPath } from '../paths.ts';
import { findPost } from '../queries/thread.ts';
import { editPostForm } from '../schema.ts';
import { editPost } from '../service/posts.ts';
import { EditPage } from '../views/EditPage.tsx';
import { noReason, posting } from './options.ts';
import { requireReadableThread } from './readable.ts';

type PostParams = { Params: { id: string; postId: string } };

/** Editing an answer or a comment: its author, or the space's moderators (with a note). */
export function registerPosts(app: FastifyInstance) {
  const db = app.deps.database.db;
  const path = `${threadPath(':id')}/beitraege/:postId/bearbeiten`;

  const editable = async (req: FastifyRequest<PostParams>) => {
    const found = await requireReadableThread(req, req.params.id);
    const post = isUuid(req.params.postId) ? await findPost(db, found.thread.id, req.params.postId) : null;
    const mine = post?.authorId === found.member.actor.userId;
    if (!post || post.opening || !(mine || found.space.moderated)) throw notFound();
    if (post.state === 'hidden' && !found.space.moderated) throw notFound();
    return { found, post, mine };
  };

  const page = (found: { thread: { id: string } }, postId: string, mine: boolean) => ({
    threadId: found.thread.id,
    action: `${threadPath(found.thread.id)}/beitraege/${postId}/bearbeiten`,
    opening: false,
    moderatorEdit: !mine,
    topics: [],
    selectedTopics: [],
  });

  app.get<PostParams>(path, communityAccess, async (req, reply) => {
    const { found, post, mine } = await editable(req);
    return reply.page(<EditPage {...page(found, post.id, mine)} values={{ text: post.body }} />);
  });

  app.post<PostParams>(path, posting, async (req, reply) => {
    const { found, post, mine } = await editable(req);
    const form = parseForm(editPostForm, req.body);
    if (!form.ok) {
      return reply.page(
        <EditPage {...page(found, post.id, mine)} values={form.values} errors={form.errors} />,
        422,
      );
    }
    if (!mine && form.data.notiz === '') {
      return reply.page(
        <EditPage {...page(found, post.id, mine)} values={submittedValues(req.body)} errors={noReason} />,
        422,
      );
    }
    await editPost(app.deps, found, post, form.data.text, form.data.notiz);
    return reply.flash('success', 'community.flash.edited').redirect(postPath(found.thread.id, post.id), 303);
  });
}
