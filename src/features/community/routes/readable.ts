import type { FastifyRequest } from 'fastify';
import { requireThread, type ThreadInSpace } from '../../../access/index.ts';
import { notFound } from '../../../platform/errors.ts';

/**
 * A thread the actor may read (requireThread), and not hidden by a moderator: a hidden thread is
 * there for the space's moderators only; for its author too it is gone (404), they were told why.
 */
export async function requireReadableThread(req: FastifyRequest, id: string): Promise<ThreadInSpace> {
  const found = await requireThread(req, id);
  if (found.thread.state === 'hidden' && !found.space.moderated) throw notFound();
  return found;
}
