import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';
import {
  communityFollows,
  communityPosts,
  communityPreferences,
  communityThreads,
  participations,
  programmes,
  users,
} from '../../src/db/schema/index.ts';
import { ASKS, SENTENCES, SUBJECTS } from './community-texts.ts';

const BATCH = 1_000;
const DAY_MS = 86_400_000;

export interface DigestCohort {
  people: number;
  threads: number;
  posts: number;
  notifications: number;
  /** Of them read in the list already (a digest leaves them out). */
  read: number;
}

/**
 * `people` accepted participants of both programmes who read the community weekly (every third saved
 * it, the others have the default), `threads` questions in the two spaces, each person following two
 * of them, and `posts` new answers spread over the threads in the last week. Every answer notifies the
 * thread's followers, as the community's services do (set-based here, to seed quickly); a tenth of the
 * notifications are read already.
 */
export async function seedDigestCohort(
  database: Database,
  counts: { people: number; threads: number; posts: number },
  now: Date,
): Promise<DigestCohort> {
  const db = database.db;
  const spaces = await db
    .select({ id: programmes.id })
    .from(programmes)
    .where(inArray(programmes.slug, ['klimaschutz', 'klimaanpassung']));
  const people: string[] = [];
  await db.transaction(async (tx) => {
    for (let from = 0; from < counts.people; from += BATCH) {
      const n = Math.min(BATCH, counts.people - from);
      const rows = await tx
        .insert(users)
        .values(
          Array.from({ length: n }, (_, k) => ({
            email: `digest-${from + k}@bench.example`,
            name: `Person ${from + k}`,
            role: 'participant' as const,
            emailVerifiedAt: now,
            locale: (from + k) % 20 === 0 ? ('en' as const) : ('de' as const),
          })),
        )
        .returning({ id: users.id });
      await tx.insert(participations).values(
        rows.map((u, k) => ({
          userId: u.id,
          programmeId: spaces[(from + k) % spaces.length]!.id,
          role: (from + k) % 3 === 0 ? ('mentor' as const) : ('mentee' as const),
          status: 'accepted' as const,
          capacity: (from + k) % 3 === 0 ? 1 : null,
        })),
      );
      const saved = rows.filter((_, k) => (from + k) % 3 === 0);
      if (saved.length > 0)
        await tx
          .insert(communityPreferences)
          .values(saved.map((u) => ({ userId: u.id, mail: 'weekly' as const })));
      people.push(...rows.map((r) => r.id));
    }
    const threads = await tx
      .insert(communityThreads)
      .values(
        Array.from({ length: counts.threads }, (_, i) => ({
          programmeId: spaces[i % spaces.length]!.id,
          kind: 'question' as const,
          title: `${ASKS[i % ASKS.length]} ${SUBJECTS[i % SUBJECTS.length]} (${i + 1})`,
          authorId: people[(i * 17) % people.length]!,
          createdAt: new Date(now.getTime() - 30 * DAY_MS),
          lastActivityAt: now,
        })),
      )
      .returning({ id: communityThreads.id });
    const follows = people.flatMap((userId, i) => {
      const a = (i * 7) % threads.length;
      const b = (i * 13 + 5) % threads.length;
      return [...new Set([a, b])].map((k) => ({ threadId: threads[k]!.id, userId }));
    });
    for (let from = 0; from < follows.length; from += BATCH)
      await tx.insert(communityFollows).values(follows.slice(from, from + BATCH));
    const posts = Array.from({ length: counts.posts }, (_, j) => ({
      threadId: threads[j % threads.length]!.id,
      authorId: people[(j * 31 + 3) % people.length]!,
      body: [0, 1, 2].map((s) => SENTENCES[(j + s * 2) % SENTENCES.length]).join(' '),
      createdAt: new Date(now.getTime() - ((j * 7919) % (7 * DAY_MS)) - 60_000),
    }));
    for (let from = 0; from < posts.length; from += BATCH)
      await tx.insert(communityPosts).values(posts.slice(from, from + BATCH));
    // Each new answer: a notification for every follower of its thread but its author.
    await tx.execute(sql`
      INSERT INTO notifications (user_id, kind, thread_id, post_id, actor_id, created_at)
      SELECT f.user_id, 'followed', p.thread_id, p.id, p.author_id, p.created_at
        FROM community_posts p JOIN community_follows f ON f.thread_id = p.thread_id
       WHERE f.user_id <> p.author_id AND NOT p.opening`);
    await tx.execute(sql`
      UPDATE notifications SET read_at = created_at + interval '1 hour'
       WHERE abs(hashtext(id::text)) % 10 = 0`);
  });
  await database.execute('ANALYZE');
  const [totals] = (
    (await db.execute(sql`
      SELECT count(*)::int AS notifications, count(read_at)::int AS read FROM notifications`)) as unknown as {
      rows: { notifications: number; read: number }[];
    }
  ).rows;
  return {
    people: people.length,
    threads: counts.threads,
    posts: counts.posts,
    notifications: totals!.notifications,
    read: totals!.read,
  };
}
