import type { FastifyRequest } from 'fastify';
import { requireThread } from '../../../../access/index.ts';
import { notFound } from '../../../../platform/errors.ts';
import { openingPost, postById } from '../queries.ts';
import type { ModeratedPost } from '../service/moderate.ts';

/**
 * A post named in a moderation path, for a moderator of its space: the thread is loaded and
 * authorized by the access layer; a post of a space the actor does not moderate is a 404.
 */
export async function requireModeratedPost(req: FastifyRequest, postId: string): Promise<ModeratedPost> {
  const post = await postById(req.server.deps.database.db, postId);
  if (!post) throw notFound();
  const found = await requireThread(req, post.threadId);
  if (!found.space.moderated) throw notFound();
  return { found, post };
}

/** The opening post of a thread named in a moderation path, for a moderator of its space. */
export async function requireModeratedThread(req: FastifyRequest, threadId: string): Promise<ModeratedPost> {
  const found = await requireThread(req, threadId);
  if (!found.space.moderated) throw notFound();
  const post = await openingPost(req.server.deps.database.db, found.thread.id);
  if (!post) throw notFound();
  return { found, post };
}

/** Where an action leads back to: the queue when it was done there, else the post in its thread. */
export const fromQueue = (body: unknown) =>
  typeof body === 'object' && body !== null && (body as Record<string, unknown>).von === 'warteschlange';
