import { and, asc, count, eq, inArray, isNull, min, type SQL, sql } from 'drizzle-orm';
import type { Space } from '../../../access/index.ts';
import type { Db } from '../../../db/client.ts';
import {
  communityPosts,
  communityReports,
  communityThreads,
  type ReportReason,
  users,
} from '../../../db/schema/index.ts';
import { isUuid } from '../../../platform/forms.ts';
import { plainText } from '../text.ts';

/** A post named in a moderation path, with its thread's id; null for an unknown or malformed id. */
export async function postById(db: Db, postId: string) {
  if (!isUuid(postId)) return null;
  const [post] = await db.select().from(communityPosts).where(eq(communityPosts.id, postId));
  return post ?? null;
}

const EXCERPT = 240;

/** A post's words as plain text, shortened for the queue. */
export const excerpt = (markdown: string) => {
  const words = plainText(markdown);
  return words.length > EXCERPT ? `${words.slice(0, EXCERPT - 1).trimEnd()}…` : words;
};

export interface QueueEntry {
  postId: string;
  threadId: string;
  threadTitle: string;
  opening: boolean;
  excerpt: string;
  authorName: string | null;
  since: Date;
}

export interface ReportedEntry extends QueueEntry {
  reports: number;
  reasons: ReportReason[];
  notes: string[];
  state: 'visible' | 'pending' | 'hidden';
}

export interface SpaceQueue {
  space: Space;
  reported: ReportedEntry[];
  pending: QueueEntry[];
}

const inSpace = (space: Space): SQL =>
  space.programmeId === null
    ? isNull(communityThreads.programmeId)
    : eq(communityThreads.programmeId, space.programmeId);

const QUEUE_LIMIT = 100;

/**
 * The moderation queue of each space the actor moderates: posts with open reports (how many, for
 * which reasons) and posts waiting for approval, the oldest first.
 */
export async function queueOf(db: Db, spaces: Space[]): Promise<SpaceQueue[]> {
  const moderated = spaces.filter((s) => s.moderated);
  return Promise.all(
    moderated.map(async (space) => {
      const reportedRows = await db
        .select({
          postId: communityPosts.id,
          threadId: communityThreads.id,
          threadTitle: communityThreads.title,
          opening: communityPosts.opening,
          body: communityPosts.body,
          state: communityPosts.state,
          authorName: users.name,
          since: min(communityReports.createdAt),
          reports: count(communityReports.id),
          reasons: sql<ReportReason[]>`array_agg(distinct ${communityReports.reason})`,
          notes: sql<
            string[]
          >`array_remove(array_agg(nullif(${communityReports.note}, '') order by ${communityReports.createdAt}), null)`,
        })
        .from(communityReports)
        .innerJoin(communityPosts, eq(communityPosts.id, communityReports.postId))
        .innerJoin(communityThreads, eq(communityThreads.id, communityPosts.threadId))
        .leftJoin(users, eq(users.id, communityPosts.authorId))
        .where(and(isNull(communityReports.resolvedAt), inSpace(space)))
        .groupBy(communityPosts.id, communityThreads.id, users.name)
        .orderBy(asc(min(communityReports.createdAt)))
        .limit(QUEUE_LIMIT);
      const pendingRows = await db
        .select({
          postId: communityPosts.id,
          threadId: communityThreads.id,
          threadTitle: communityThreads.title,
          opening: communityPosts.opening,
          body: communityPosts.body,
          authorName: users.name,
          since: communityPosts.createdAt,
        })
        .from(communityPosts)
        .innerJoin(communityThreads, eq(communityThreads.id, communityPosts.threadId))
        .leftJoin(users, eq(users.id, communityPosts.authorId))
        .where(and(eq(communityPosts.state, 'pending'), inSpace(space)))
        .orderBy(asc(communityPosts.createdAt), asc(communityPosts.id))
        .limit(QUEUE_LIMIT);
      return {
        space,
        reported: reportedRows.map(({ body, since, ...r }) => ({
          ...r,
          since: since ?? new Date(0),
          excerpt: excerpt(body),
        })),
        pending: pendingRows.map(({ body, ...r }) => ({ ...r, excerpt: excerpt(body) })),
      };
    }),
  );
}

/** Open reports of the given posts, for the thread page's moderators (post id → count). */
export async function openReportCounts(db: Db, postIds: string[]) {
  if (postIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ postId: communityReports.postId, n: count() })
    .from(communityReports)
    .where(and(inArray(communityReports.postId, postIds), isNull(communityReports.resolvedAt)))
    .groupBy(communityReports.postId);
  return new Map(rows.map((r) => [r.postId, r.n]));
}

/** A thread's opening post. */
export async function openingPost(db: Db, threadId: string) {
  const [post] = await db
    .select()
    .from(communityPosts)
    .where(and(eq(communityPosts.threadId, threadId), eq(communityPosts.opening, true)));
  return post ?? null;
}
