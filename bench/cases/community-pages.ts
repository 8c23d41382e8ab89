import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.ts';
import { participations, programmes, users } from '../../src/db/schema/index.ts';
import { type RunningServer, rawYardstick, startAppServer } from '../lib/app-server.ts';
import { BIG_THREAD_ANSWERS, type CommunityCorpus, seedCommunity } from '../lib/community-seed.ts';
import { type Driver, onEachDatabase, type Target } from '../lib/databases.ts';
import { CONNECTIONS, type LoadResult, load, SECONDS, WARMUP_SECONDS } from '../lib/load.ts';
import { logIn, PARTICIPANT, seedParticipant } from '../lib/participant.ts';
import { note, report, round } from '../lib/report.ts';

const THREADS = Number(process.env.BENCH_COMMUNITY_THREADS ?? 5000);
const POSTS = Number(process.env.BENCH_COMMUNITY_POSTS ?? 50_000);

const html = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Fails unless the page answers 200 and shows every one of the texts. */
async function expectShows(url: string, cookie: string, texts: string[]) {
  const res = await fetch(url, { redirect: 'manual', headers: { cookie } });
  const body = await res.text();
  const missing = texts.filter((t) => !body.includes(html(t)));
  if (res.status !== 200 || missing.length > 0)
    throw new Error(`GET ${url}: status ${res.status}; missing ${JSON.stringify(missing)}`);
}

/** The bench participant, an accepted mentee of 'klimaschutz' (the community's door), and the corpus. */
async function seed(target: Target): Promise<CommunityCorpus> {
  await seedParticipant(target);
  const database = await openDatabase(target);
  try {
    const [programme] = await database.db.select().from(programmes).where(eq(programmes.slug, 'klimaschutz'));
    const [user] = await database.db.select().from(users).where(eq(users.email, PARTICIPANT.email));
    await database.db
      .insert(participations)
      .values({ userId: user!.id, programmeId: programme!.id, role: 'mentee', status: 'accepted' });
    return await seedCommunity(database, { threads: THREADS, posts: POSTS }, new Date());
  } finally {
    await database.close();
  }
}

async function measure(database: Driver, server: RunningServer, corpus: CommunityCorpus, raw: LoadResult) {
  const cookie = await logIn(server.baseUrl);
  const answers = `${BIG_THREAD_ANSWERS} Antworten`;
  const pages = [
    {
      target: `GET /austausch/fragen/:id (${BIG_THREAD_ANSWERS} answers)`,
      url: `${server.baseUrl}/austausch/fragen/${corpus.bigThread.id}`,
      shows: [corpus.bigThread.title, answers],
    },
    {
      target: `GET /austausch/bereiche/klimaschutz (${corpus.klimaschutzThreads} threads)`,
      url: `${server.baseUrl}/austausch/bereiche/klimaschutz`,
      shows: [`${corpus.klimaschutzThreads} Beiträge`, corpus.bigThread.title, answers],
    },
  ];
  for (const page of pages) {
    await expectShows(page.url, cookie, page.shows);
    note(`${database}: ${page.target}`);
    const result = await load(page.url, cookie);
    report({
      case: 'community_page_rps',
      database,
      target: page.target,
      threads: corpus.threads,
      posts: corpus.posts,
      ...result,
      raw_rps: raw.rps,
      ratio_app_raw: round(result.rps / raw.rps, 4),
      connections: CONNECTIONS,
      seconds: SECONDS,
      warmup_seconds: WARMUP_SECONDS,
    });
    if (result.non2xx > 0 || result.errors > 0)
      note(`WARNING: ${result.non2xx} non-2xx responses and ${result.errors} errors`);
    await expectShows(page.url, cookie, page.shows);
  }
}

async function seedAndMeasure(database: Driver, target: Target, raw: LoadResult) {
  const corpus = await seed(target);
  report({
    case: 'community_pages_seed',
    database,
    threads: corpus.threads,
    posts: corpus.posts,
    seconds: round(corpus.seconds, 1),
  });
  const server = await startAppServer({ ...target, sessionSecret: randomBytes(48).toString('base64url') });
  try {
    await measure(database, server, corpus, raw);
  } finally {
    await server.stop();
  }
}

/**
 * A thread page with 200 answers and the list of the space 'klimaschutz' among 5,000 threads with
 * 50,000 posts, beside raw node:http, on PGlite and (given a URL) PostgreSQL.
 */
export async function communityPages(pgUrl?: string): Promise<void> {
  const raw = await rawYardstick('community_page_rps');
  await onEachDatabase('community-pages', pgUrl, (database, target) => seedAndMeasure(database, target, raw));
}
