import { and, count, desc, eq, exists, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CommunityMember, Space, Tip } from '../../access/index.ts';
import type { Db } from '../../db/client.ts';
import {
  communityFiles,
  communityPosts,
  communityTipFiles,
  communityTipHelpful,
  communityTips,
  communityTipTopics,
  type TipState,
  topics,
  users,
} from '../../db/schema/index.ts';
import { isUuid } from '../../platform/forms.ts';
import { topicsOfSpace } from '../community/index.ts';

export const TIPS_PER_PAGE = 25;

export interface TipFilters {
  /** The spaces searched: one chosen, or all the actor reads. */
  spaces: Space[];
  topicId?: string;
  bundesland?: Tip['bundesland'];
  organisationType?: Tip['organisationType'];
  sizeClass?: Tip['sizeClass'];
  order: 'new' | 'helpful';
  page: number;
}

export interface TipCard {
  id: string;
  programmeId: string | null;
  title: string;
  summary: string;
  state: TipState;
  authorName: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  helpful: number;
  topicLabels: string[];
  bundesland: Tip['bundesland'];
  organisationType: Tip['organisationType'];
  sizeClass: Tip['sizeClass'];
}

const author = alias(users, 'author');
const helpfulCount = sql<number>`(select count(*)::int from ${communityTipHelpful} where ${communityTipHelpful.tipId} = ${communityTips.id})`;
const topicLabels = sql<
  string[]
>`coalesce((select array_agg(${topics.label} order by ${topics.label}) from ${communityTipTopics} join ${topics} on ${topics.id} = ${communityTipTopics.topicId} where ${communityTipTopics.tipId} = ${communityTips.id}), '{}')`;

const cardColumns = {
  id: communityTips.id,
  programmeId: communityTips.programmeId,
  title: communityTips.title,
  summary: communityTips.summary,
  state: communityTips.state,
  authorName: author.name,
  publishedAt: communityTips.publishedAt,
  updatedAt: communityTips.updatedAt,
  helpful: helpfulCount,
  topicLabels,
  bundesland: communityTips.bundesland,
  organisationType: communityTips.organisationType,
  sizeClass: communityTips.sizeClass,
};

/** Only the spaces given: a programme's, and the shared one as null. */
export function inSpaces(spaces: Space[]): SQL {
  const ids = spaces.flatMap((s) => (s.programmeId ? [s.programmeId] : []));
  const shared = spaces.some((s) => s.programmeId === null);
  return (
    or(
      ids.length > 0 ? inArray(communityTips.programmeId, ids) : undefined,
      shared ? isNull(communityTips.programmeId) : undefined,
    ) ?? sql`false`
  );
}

/** Published tips of the spaces, newest or most helpful first, 25 a page, with the list's filters. */
export async function publishedTips(db: Db, filters: TipFilters) {
  const where = and(
    eq(communityTips.state, 'published'),
    inSpaces(filters.spaces),
    filters.topicId
      ? exists(
          db
            .select()
            .from(communityTipTopics)
            .where(
              and(
                eq(communityTipTopics.tipId, communityTips.id),
                eq(communityTipTopics.topicId, filters.topicId),
              ),
            ),
        )
      : undefined,
    filters.bundesland ? eq(communityTips.bundesland, filters.bundesland) : undefined,
    filters.organisationType ? eq(communityTips.organisationType, filters.organisationType) : undefined,
    filters.sizeClass ? eq(communityTips.sizeClass, filters.sizeClass) : undefined,
  );
  const [total] = await db.select({ n: count() }).from(communityTips).where(where);
  const tips = await db
    .select(cardColumns)
    .from(communityTips)
    .leftJoin(author, eq(author.id, communityTips.authorId))
    .where(where)
    .orderBy(
      ...(filters.order === 'helpful' ? [desc(helpfulCount)] : []),
      desc(communityTips.publishedAt),
      desc(communityTips.id),
    )
    .limit(TIPS_PER_PAGE)
    .offset((filters.page - 1) * TIPS_PER_PAGE);
  return { tips: tips as TipCard[], total: total?.n ?? 0 };
}

/** The actor's own tips in every state, and those proposed to them, newest change first. */
export async function ownTips(db: Db, member: CommunityMember) {
  const rows = await db
    .select(cardColumns)
    .from(communityTips)
    .leftJoin(author, eq(author.id, communityTips.authorId))
    .where(and(eq(communityTips.authorId, member.actor.userId), inSpaces(member.spaces)))
    .orderBy(desc(communityTips.updatedAt));
  return rows as TipCard[];
}

/** Submitted tips of the spaces the actor moderates, oldest first: the review queue. */
export async function reviewQueue(db: Db, member: CommunityMember) {
  const moderated = member.spaces.filter((s) => s.moderated);
  if (moderated.length === 0) return [];
  const rows = await db
    .select(cardColumns)
    .from(communityTips)
    .leftJoin(author, eq(author.id, communityTips.authorId))
    .where(and(eq(communityTips.state, 'submitted'), inSpaces(moderated)))
    .orderBy(communityTips.submittedAt);
  return rows as TipCard[];
}

export interface TipFile {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
}

/** Everything the tip's page shows besides the tip itself. */
export async function tipDetails(db: Db, tip: Tip, userId: string) {
  const people = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      inArray(
        users.id,
        [tip.authorId, tip.proposedBy, tip.reviewedBy].filter((id): id is string => !!id),
      ),
    );
  const name = (id: string | null) => (id ? (people.find((p) => p.id === id)?.name ?? null) : null);
  const topicRows = await db
    .select({ id: topics.id, label: topics.label })
    .from(communityTipTopics)
    .innerJoin(topics, eq(topics.id, communityTipTopics.topicId))
    .where(eq(communityTipTopics.tipId, tip.id))
    .orderBy(topics.label);
  const files: TipFile[] = await db
    .select({
      id: communityFiles.id,
      filename: communityFiles.filename,
      mediaType: communityFiles.mediaType,
      size: communityFiles.size,
    })
    .from(communityTipFiles)
    .innerJoin(communityFiles, eq(communityFiles.id, communityTipFiles.fileId))
    .where(eq(communityTipFiles.tipId, tip.id))
    .orderBy(communityFiles.createdAt);
  const [helpful] = await db
    .select({ n: count(), mine: sql<boolean>`bool_or(${communityTipHelpful.userId} = ${userId})` })
    .from(communityTipHelpful)
    .where(eq(communityTipHelpful.tipId, tip.id));
  const [source] = tip.sourcePostId
    ? await db
        .select({ threadId: communityPosts.threadId })
        .from(communityPosts)
        .where(eq(communityPosts.id, tip.sourcePostId))
    : [];
  return {
    authorName: name(tip.authorId),
    proposerName: name(tip.proposedBy),
    topics: topicRows,
    files,
    helpful: helpful?.n ?? 0,
    markedHelpful: helpful?.mine === true,
    sourceThreadId: source?.threadId ?? null,
  };
}
export type TipDetails = Awaited<ReturnType<typeof tipDetails>>;

/** An attachment of the tip, with its content, for the download; null if it is not the tip's. */
export async function tipFile(db: Db, tipId: string, fileId: string) {
  if (!isUuid(fileId)) return null;
  const [file] = await db
    .select({
      filename: communityFiles.filename,
      mediaType: communityFiles.mediaType,
      content: communityFiles.content,
    })
    .from(communityTipFiles)
    .innerJoin(communityFiles, eq(communityFiles.id, communityTipFiles.fileId))
    .where(and(eq(communityTipFiles.tipId, tipId), eq(communityTipFiles.fileId, fileId)));
  return file ?? null;
}

/** The tip made from an answer, if any: the thread page links to it instead of offering a new one. */
export async function tipOfAnswer(db: Db, postId: string) {
  const [tip] = await db
    .select({ id: communityTips.id, state: communityTips.state })
    .from(communityTips)
    .where(eq(communityTips.sourcePostId, postId));
  return tip ?? null;
}

/** The topics a tip of the space may carry (the programme's list; in the shared space, all the actor reads). */
export const spaceTopics = (db: Db, space: Space, member: CommunityMember) =>
  topicsOfSpace(db, space, member.spaces);
