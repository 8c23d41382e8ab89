import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';
import {
  communityPosts,
  communitySearch,
  communityThreads,
  communityThreadTopics,
  participations,
  programmes,
  type ThreadKind,
  topics,
  users,
} from '../../src/db/schema/index.ts';
import { plainText } from '../../src/features/community/text.ts';
import { answerText, questionText, randomOf } from './community-texts.ts';

const BATCH = 1_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const AUTHORS = 200;
/** The thread whose page the benchmark loads has this many answers. */
export const BIG_THREAD_ANSWERS = 200;

export interface CommunityCorpus {
  threads: number;
  posts: number;
  /** The spaces' programme ids by slug. */
  spaces: { klimaschutz: string; klimaanpassung: string };
  /** Threads in the space of 'klimaschutz' (the list page's count). */
  klimaschutzThreads: number;
  /** A question in 'klimaschutz' with 200 answers, the newest activity of its space. */
  bigThread: { id: string; title: string };
  /** The topics of both programmes, for the search's topic filter. */
  topics: { id: string; label: string; programmeId: string }[];
  seconds: number;
}

type SearchRow = typeof communitySearch.$inferInsert;

async function insertAll<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let from = 0; from < rows.length; from += BATCH) await write(rows.slice(from, from + BATCH));
}

/**
 * `threads` questions and discussions (two fifths in each programme's space, a fifth in the shared
 * one) with `posts` posts in all: one opening each, the answers spread over the threads, the first
 * thread with 200 of them; 200 accepted participants write them over two years; a third of the
 * questions have a solution. Set-based and in batches, to seed quickly; the search index is
 * written as the community's services write it (search/indexing.ts), see the note at its end.
 */
export async function seedCommunity(
  database: Database,
  counts: { threads: number; posts: number },
  now: Date,
): Promise<CommunityCorpus> {
  const start = performance.now();
  const db = database.db;
  const random = randomOf(14);
  const found = await db
    .select({ id: programmes.id, slug: programmes.slug })
    .from(programmes)
    .where(inArray(programmes.slug, ['klimaschutz', 'klimaanpassung']));
  const programmeOf = (slug: string) => found.find((p) => p.slug === slug)!.id;
  const spaces = { klimaschutz: programmeOf('klimaschutz'), klimaanpassung: programmeOf('klimaanpassung') };
  const topicRows = await db
    .select({ id: topics.id, label: topics.label, programmeId: topics.programmeId })
    .from(topics)
    .where(inArray(topics.programmeId, [spaces.klimaschutz, spaces.klimaanpassung]));
  const topicsIn = (programmeId: string | null) =>
    programmeId === null ? topicRows : topicRows.filter((t) => t.programmeId === programmeId);

  const answersTotal = counts.posts - counts.threads;
  if (answersTotal < BIG_THREAD_ANSWERS) throw new Error('too few posts for the thread of 200 answers');
  const threadRows: (typeof communityThreads.$inferInsert)[] = [];
  const postRows: (typeof communityPosts.$inferInsert)[] = [];
  const searchRows: SearchRow[] = [];
  const threadTopicRows: { threadId: string; topicId: string }[] = [];
  let klimaschutzThreads = 0;

  await db.transaction(async (tx) => {
    const authorIds: string[] = [];
    const people = Array.from({ length: AUTHORS }, (_, k) => ({
      email: `community-${k}@bench.example`,
      name: `Klimaschutzmanager*in ${k + 1}`,
      role: 'participant' as const,
      emailVerifiedAt: now,
      locale: 'de' as const,
    }));
    const rows = await tx.insert(users).values(people).returning({ id: users.id });
    authorIds.push(...rows.map((r) => r.id));
    await tx.insert(participations).values(
      authorIds.map((userId, k) => ({
        userId,
        programmeId: k % 2 === 0 ? spaces.klimaschutz : spaces.klimaanpassung,
        role: k % 4 === 0 ? ('mentor' as const) : ('mentee' as const),
        status: 'accepted' as const,
        capacity: k % 4 === 0 ? 1 : null,
      })),
    );

    // The answers of each thread: the first has 200, the others share the rest round robin.
    const answersOf = Array.from({ length: counts.threads }, (_, i) => (i === 0 ? BIG_THREAD_ANSWERS : 0));
    for (let j = 0; j < answersTotal - BIG_THREAD_ANSWERS; j++)
      answersOf[1 + (j % Math.max(1, counts.threads - 1))]! += 1;
    let answerNo = 0;
    for (let i = 0; i < counts.threads; i++) {
      const programmeId =
        i === 0 || i % 5 < 2 ? spaces.klimaschutz : i % 5 < 4 ? spaces.klimaanpassung : null;
      if (programmeId === spaces.klimaschutz) klimaschutzThreads += 1;
      const kind: ThreadKind = i === 0 || random() < 0.85 ? 'question' : 'discussion';
      const text = questionText(random, i + 1);
      const id = randomUUID();
      const createdAt =
        i === 0 ? new Date(now.getTime() - 30 * DAY_MS) : new Date(now.getTime() - random() * 730 * DAY_MS);
      const authorId = authorIds[i % AUTHORS]!;
      const pool = topicsIn(programmeId);
      const picked = [...new Set([pick(random, pool), pick(random, pool)].slice(0, 1 + (i % 2)))];
      threadTopicRows.push(...picked.map((t) => ({ threadId: id, topicId: t.id })));
      postRows.push({ threadId: id, opening: true, authorId, body: text.body, createdAt });
      searchRows.push({
        id,
        kind,
        programmeId,
        threadId: id,
        title: text.title,
        body: plainText(text.body),
        topicIds: picked.map((t) => t.id),
        visible: true,
        updatedAt: createdAt,
      });
      let last = createdAt.getTime();
      for (let k = 0; k < answersOf[i]!; k++) {
        const postId = randomUUID();
        // The thread of 200 answers is the space's newest activity; the others end an hour ago at the latest.
        const at =
          i === 0
            ? now.getTime() - (BIG_THREAD_ANSWERS - k) * 60_000
            : Math.min(last + random() * 3 * DAY_MS, now.getTime() - HOUR_MS - random() * HOUR_MS);
        last = Math.max(last, at);
        const body = answerText(random, text.subject, answerNo++);
        postRows.push({
          id: postId,
          threadId: id,
          authorId: authorIds[(i * 7 + k * 13 + 1) % AUTHORS]!,
          body,
          createdAt: new Date(at),
        });
        searchRows.push({
          id: postId,
          kind: 'answer',
          programmeId,
          threadId: id,
          title: '',
          body: plainText(body),
          topicIds: [],
          visible: true,
          updatedAt: new Date(at),
        });
      }
      threadRows.push({
        id,
        programmeId,
        kind,
        title: text.title,
        authorId,
        createdAt,
        lastActivityAt: new Date(last),
      });
    }
    await insertAll(threadRows, (b) => tx.insert(communityThreads).values(b));
    await insertAll(postRows, (b) => tx.insert(communityPosts).values(b));
    await insertAll(threadTopicRows, (b) => tx.insert(communityThreadTopics).values(b));
    // A third of the questions (not the one of 200 answers): their first answer is the solution.
    await tx.execute(sql`
      UPDATE community_threads t SET solution_post_id = (
        SELECT p.id FROM community_posts p WHERE p.thread_id = t.id AND NOT p.opening
         ORDER BY p.created_at LIMIT 1)
       WHERE t.kind = 'question' AND t.id <> ${threadRows[0]!.id}::uuid AND abs(hashtext(t.id::text)) % 3 = 0`);
    // The index rows in batches (the tsvector column is generated), then the vocabulary as
    // indexDocument fills it — there one statement per text, here one set-based statement for all.
    await insertAll(searchRows, (b) => tx.insert(communitySearch).values(b));
    await tx.execute(sql`
      insert into community_lexemes (lexeme)
      select distinct unnest(tsvector_to_array(vector)) from community_search
      on conflict do nothing`);
  });
  await database.execute('ANALYZE');
  return {
    threads: threadRows.length,
    posts: postRows.length,
    spaces,
    klimaschutzThreads,
    bigThread: { id: String(threadRows[0]!.id), title: threadRows[0]!.title },
    topics: topicRows,
    seconds: (performance.now() - start) / 1000,
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
