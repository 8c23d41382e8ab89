import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import {
  communityPreferences,
  communityThreads,
  communityTips,
  type ExpertQuestions,
  type MailFrequency,
  notifications,
  users,
} from '../../db/schema/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { link, type QueueMail, type ServiceDeps } from '../../mail/with-mails.ts';
import { notificationPath } from './paths.ts';
import { unsubscribeParts } from './unsubscribe/mail.ts';

/**
 * answer: to a question you asked; followed: a new answer in a thread you follow; comment: on your
 * answer; solution: your answer was marked as the solution; mention: an @mention; expert_question: a
 * new question about a topic you offer as a mentor.
 */
export const NOTIFICATION_KINDS = [
  'answer',
  'followed',
  'comment',
  'solution',
  'mention',
  'expert_question',
  'tip_proposed',
  'tip_declined',
  'tip_published',
  'tip_returned',
  'tip_rejected',
  'moderation_hidden',
  'moderation_restored',
  'moderation_edited',
  'moderation_approved',
  'moderation_rejected',
  'moderation_locked',
  'moderation_unlocked',
  'moderation_moved',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationEntry {
  userId: string;
  kind: NotificationKind;
  threadId?: string;
  postId?: string;
  /** A Praxistipp (tip_*: proposed from your answer, reviewed). */
  tipId?: string;
  actorId?: string;
  /** A reviewer's or moderator's reason, told to the person. */
  note?: string;
}

/** The caller's mail queue (from `withMails`) and the settings its links need. */
export interface NotifyMails {
  deps: Pick<ServiceDeps, 'config' | 'clock'>;
  mail: QueueMail;
}

export const isNotificationKind = (kind: string): kind is NotificationKind =>
  (NOTIFICATION_KINDS as readonly string[]).includes(kind);

/** The mail's subject and sentence of a kind (a kind from an older version gets the general ones). */
export const mailKeys = (kind: string) => {
  const k = isNotificationKind(kind) ? kind : 'other';
  return {
    subject: `notifications.mail.subject.${k}` as MessageKey,
    body: `notifications.mail.body.${k}` as MessageKey,
  };
};

const keyOf = (e: {
  userId: string;
  kind: string;
  postId?: string | null;
  threadId?: string | null;
  tipId?: string | null;
}) =>
  `${e.userId}|${e.kind}|${e.postId ? `p:${e.postId}` : e.tipId ? `tip:${e.tipId}` : `t:${e.threadId ?? ''}`}`;

/** A moderator's decisions are told each time (hidden, shown again, hidden again: each with its reason). */
const repeatable = (kind: string) => kind.startsWith('moderation_');

/**
 * The entries left to write: nobody about their own doing, and each user, kind and post once (a
 * moderator's decisions once per action).
 */
async function freshEntries(tx: Tx, entries: NotificationEntry[]) {
  const seen = new Set<string>();
  const candidates = entries.filter((e) => {
    const key = keyOf(e);
    if (e.userId === e.actorId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (candidates.length === 0) return [];
  const posts = [...new Set(candidates.flatMap((e) => (e.postId ? [e.postId] : [])))];
  const threads = [...new Set(candidates.flatMap((e) => (!e.postId && e.threadId ? [e.threadId] : [])))];
  if (posts.length === 0 && threads.length === 0) return candidates;
  const existing = await tx
    .select({
      userId: notifications.userId,
      kind: notifications.kind,
      postId: notifications.postId,
      threadId: notifications.threadId,
    })
    .from(notifications)
    .where(
      and(
        inArray(notifications.userId, [...new Set(candidates.map((e) => e.userId))]),
        or(
          posts.length > 0 ? inArray(notifications.postId, posts) : undefined,
          threads.length > 0
            ? and(isNull(notifications.postId), inArray(notifications.threadId, threads))
            : undefined,
        ),
      ),
    );
  const known = new Set(existing.map(keyOf));
  return candidates.filter((e) => repeatable(e.kind) || !known.has(keyOf(e)));
}

/**
 * Notifies people in the caller's transaction (call it inside `withMails`): one row each, none for
 * the actor themselves, none twice for the same user, kind and post. Those who chose "Sofort" also
 * get a mail, in the same transaction: a neutral sentence with the thread's title and a link to the
 * notification. Answers the ids written.
 */
export async function notify(tx: Tx, entries: NotificationEntry[], mails: NotifyMails): Promise<string[]> {
  const fresh = await freshEntries(tx, entries);
  if (fresh.length === 0) return [];
  const now = mails.deps.clock();
  const rows = await tx
    .insert(notifications)
    .values(
      fresh.map((e) => ({
        userId: e.userId,
        kind: e.kind,
        threadId: e.threadId ?? null,
        postId: e.postId ?? null,
        tipId: e.tipId ?? null,
        actorId: e.actorId ?? null,
        note: e.note ?? '',
        createdAt: now,
      })),
    )
    .returning({
      id: notifications.id,
      userId: notifications.userId,
      kind: notifications.kind,
      threadId: notifications.threadId,
      tipId: notifications.tipId,
      note: notifications.note,
    });

  const immediate = await tx
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .innerJoin(communityPreferences, eq(communityPreferences.userId, users.id))
    .where(
      and(
        inArray(users.id, [...new Set(rows.map((r) => r.userId))]),
        eq(communityPreferences.mail, 'immediate'),
      ),
    );
  if (immediate.length === 0) return rows.map((r) => r.id);
  const people = new Map(immediate.map((p) => [p.id, p]));
  const threadIds = [...new Set(rows.flatMap((r) => (r.threadId ? [r.threadId] : [])))];
  const titles = new Map(
    threadIds.length === 0
      ? []
      : (
          await tx
            .select({ id: communityThreads.id, title: communityThreads.title })
            .from(communityThreads)
            .where(inArray(communityThreads.id, threadIds))
        ).map((th) => [th.id, th.title]),
  );
  const tipIds = [...new Set(rows.flatMap((r) => (r.tipId ? [r.tipId] : [])))];
  if (tipIds.length > 0) {
    const tips = await tx
      .select({ id: communityTips.id, title: communityTips.title })
      .from(communityTips)
      .where(inArray(communityTips.id, tipIds));
    for (const tip of tips) titles.set(tip.id, tip.title);
  }
  const mailed: string[] = [];
  for (const row of rows) {
    const person = people.get(row.userId);
    if (!person) continue;
    const keys = mailKeys(row.kind);
    const unsubscribe = unsubscribeParts(mails.deps, person.id);
    await mails.mail(
      person.email,
      person.locale,
      {
        template: 'notifications.immediate',
        subject: keys.subject,
        paragraphs: [keys.body],
        action: { label: 'notifications.mail.action', url: link(mails.deps, notificationPath(row.id)) },
        after: ['notifications.mail.settings'],
        footer: unsubscribe.footer,
        vars: {
          name: person.name,
          thread: titles.get(row.tipId ?? row.threadId ?? '') ?? '',
          note: row.note,
        },
      },
      unsubscribe.extras,
    );
    mailed.push(row.id);
  }
  if (mailed.length > 0)
    await tx.update(notifications).set({ mailedAt: now }).where(inArray(notifications.id, mailed));
  return rows.map((r) => r.id);
}

/** Marks one of the user's notifications read (a second opening keeps the first time). */
export async function markRead(deps: Pick<ServiceDeps, 'database' | 'clock'>, userId: string, id: string) {
  await deps.database.db
    .update(notifications)
    .set({ readAt: deps.clock() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt)));
}

/** Marks all the user's unread notifications read. */
export async function markAllRead(deps: Pick<ServiceDeps, 'database' | 'clock'>, userId: string) {
  await deps.database.db
    .update(notifications)
    .set({ readAt: deps.clock() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

export interface Preferences {
  mail: MailFrequency;
  /** Only for mentors; others keep what they had. */
  expertQuestions?: ExpertQuestions;
}

/** Saves how the user wants to hear from the community area (one row per user, created on first save). */
export async function savePreferences(
  deps: Pick<ServiceDeps, 'database'>,
  userId: string,
  input: Preferences,
) {
  const set = {
    mail: input.mail,
    ...(input.expertQuestions ? { expertQuestions: input.expertQuestions } : {}),
  };
  await deps.database.db
    .insert(communityPreferences)
    .values({ userId, ...set })
    .onConflictDoUpdate({ target: communityPreferences.userId, set });
}
