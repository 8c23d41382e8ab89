import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import {
  communityPreferences,
  communityThreads,
  communityTips,
  type ExpertQuestions,
  type MailFrequency,
  notifications,
  participations,
  users,
} from '../../db/schema/index.ts';
import { isUuid } from '../../platform/forms.ts';

export const PAGE_SIZE = 25;

/** The user's unread notifications: one count on the (user, created) index, for the header. */
export async function unreadCount(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export interface NotificationRow {
  id: string;
  kind: string;
  threadId: string | null;
  postId: string | null;
  tipId: string | null;
  /** A reviewer's or moderator's reason, told to the person. */
  note: string;
  createdAt: Date;
  readAt: Date | null;
  /** The thread's or Praxistipp's title; null once it is gone (its notifications go with it). */
  threadTitle: string | null;
  /** Null for a deleted account. */
  actorName: string | null;
}

export interface NotificationList {
  rows: NotificationRow[];
  total: number;
  unread: number;
  page: number;
  pages: number;
}

const actors = alias(users, 'actors');

/** A page of the user's notifications, newest first, with the thread's title and the actor's name. */
export async function notificationsOf(db: Db, userId: string, wanted: number): Promise<NotificationList> {
  const [totals] = await db
    .select({ total: count() })
    .from(notifications)
    .where(eq(notifications.userId, userId));
  const total = totals?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, wanted), pages);
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      threadId: notifications.threadId,
      postId: notifications.postId,
      tipId: notifications.tipId,
      note: notifications.note,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      threadTitle: sql<string | null>`coalesce(${communityThreads.title}, ${communityTips.title})`,
      actorName: actors.name,
    })
    .from(notifications)
    .leftJoin(communityThreads, eq(communityThreads.id, notifications.threadId))
    .leftJoin(communityTips, eq(communityTips.id, notifications.tipId))
    .leftJoin(actors, eq(actors.id, notifications.actorId))
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  return { rows, total, unread: await unreadCount(db, userId), page, pages };
}

/** One of the user's notifications; null for another's, an unknown or a malformed id. */
export async function findOwnNotification(db: Db, userId: string, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  return row ?? null;
}

export interface PreferencesView {
  mail: MailFrequency;
  expertQuestions: ExpertQuestions;
  /** Whether the user is an accepted mentor: only they are asked about questions on their topics. */
  mentor: boolean;
}

/** The user's preferences, the defaults where none are saved. */
export async function preferencesOf(db: Db, userId: string): Promise<PreferencesView> {
  const [saved] = await db.select().from(communityPreferences).where(eq(communityPreferences.userId, userId));
  const [mentor] = await db
    .select({ id: participations.id })
    .from(participations)
    .where(
      and(
        eq(participations.userId, userId),
        eq(participations.role, 'mentor'),
        eq(participations.status, 'accepted'),
      ),
    )
    .limit(1);
  return {
    mail: saved?.mail ?? 'weekly',
    expertQuestions: saved?.expertQuestions ?? 'on',
    mentor: mentor !== undefined,
  };
}
