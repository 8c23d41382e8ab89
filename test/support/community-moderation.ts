import { and, eq } from 'drizzle-orm';
import { auditEvents, communityPosts, communityReports, notifications } from '../../src/db/schema/index.ts';
import type { TestApp } from '../helpers/app.ts';

/** The opening post of a thread (it stands for the thread in reports and the queue). */
export async function openingOf(t: TestApp, threadId: string) {
  const [post] = await t.db
    .select()
    .from(communityPosts)
    .where(and(eq(communityPosts.threadId, threadId), eq(communityPosts.opening, true)));
  return post!;
}

export const postState = async (t: TestApp, postId: string) =>
  (await t.db.select().from(communityPosts).where(eq(communityPosts.id, postId)))[0]!.state;

export const reportsOf = (t: TestApp, postId: string) =>
  t.db.select().from(communityReports).where(eq(communityReports.postId, postId));

export const auditOf = (t: TestApp, kind: string) =>
  t.db.select().from(auditEvents).where(eq(auditEvents.kind, kind));

export const notificationsOf = (t: TestApp, userId: string) =>
  t.db.select().from(notifications).where(eq(notifications.userId, userId));

export const moderationPath = (postId: string, action: string) =>
  `/koordination/moderation/beitraege/${postId}/${action}`;
export const reportUrl = (threadId: string, postId: string) =>
  `/austausch/fragen/${threadId}/beitraege/${postId}/melden`;
