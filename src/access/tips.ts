import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { communityTips } from '../db/schema/index.ts';
import { notFound } from '../platform/errors.ts';
import { isUuid } from '../platform/forms.ts';
import { type CommunityMember, requireCommunityMember, type Space } from './community.ts';

export type Tip = typeof communityTips.$inferSelect;

export interface TipInSpace {
  member: CommunityMember;
  space: Space;
  tip: Tip;
  /** The author: may edit, attach, submit and withdraw while it is not under review or published. */
  isAuthor: boolean;
  /** A moderator of the tip's space: reviews it and may edit it in every state. */
  reviews: boolean;
}

/** Tips the author works on; submitted and published ones wait for, or passed, the review. */
export const AUTHOR_EDITS = ['proposed', 'draft', 'returned'] as const;

/**
 * A Praxistipp of a space the actor reads. A published tip is there for everyone of the space; any
 * other for its author, whoever proposed it from an answer, and the space's moderators; for everyone
 * else it does not exist (404).
 */
export async function requireTip(req: FastifyRequest, id: string): Promise<TipInSpace> {
  const member = await requireCommunityMember(req);
  if (!isUuid(id)) throw notFound();
  const [tip] = await req.server.deps.database.db
    .select()
    .from(communityTips)
    .where(eq(communityTips.id, id));
  const space = tip && member.spaces.find((s) => s.programmeId === tip.programmeId);
  if (!tip || !space) throw notFound();
  const userId = member.actor.userId;
  const isAuthor = tip.authorId === userId;
  const involved = isAuthor || tip.proposedBy === userId || space.moderated;
  if (tip.state !== 'published' && !involved) throw notFound();
  return { member, space, tip, isAuthor, reviews: space.moderated };
}

/** Whether the actor may change the tip's text and attachments now. */
export const editsTip = (found: TipInSpace) =>
  found.reviews || (found.isAuthor && (AUTHOR_EDITS as readonly string[]).includes(found.tip.state));
