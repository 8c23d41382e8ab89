import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../src/db/client.ts';
import { type SearchFilters, searchCommunity } from '../../src/features/community/search/query.ts';
import { type CommunityCorpus, seedCommunity } from '../lib/community-seed.ts';
import { RARE_WORD } from '../lib/community-texts.ts';
import { type Driver, onEachDatabase } from '../lib/databases.ts';
import { median, note, report, round } from '../lib/report.ts';

const THREADS = Number(process.env.BENCH_SEARCH_THREADS ?? 5000);
const POSTS = Number(process.env.BENCH_SEARCH_POSTS ?? 50_000);
const QUERIES = Number(process.env.BENCH_SEARCH_QUERIES ?? 200);

interface QuerySpec {
  label: string;
  q: string;
  /** A topic filter, by the topic's label. */
  topic?: string;
}

/** What people type: single words, compounds to split, word parts, two words, a rare word, a topic filter. */
const MIX: QuerySpec[] = [
  { label: 'word', q: 'Wärmeplanung' },
  { label: 'compound split', q: 'Hitzeaktionsplan' },
  { label: 'word part', q: 'Konzept' },
  { label: 'word', q: 'Fördermittel' },
  { label: 'two words', q: 'Starkregen Gefahrenkarte' },
  { label: 'word', q: 'Bürgerbeteiligung' },
  { label: 'compound', q: 'Klimaanpassungskonzept' },
  { label: 'two words', q: 'Kämmerei Eigenanteil' },
  { label: 'rare word', q: RARE_WORD },
  { label: 'topic filter', q: 'Förderung', topic: 'Fördermittel' },
  { label: 'word', q: 'Schwammstadt' },
  { label: 'word part', q: 'Beteiligung' },
  { label: 'word', q: 'Hitze' },
  { label: 'compound split', q: 'Starkregenkarte' },
  { label: 'two words', q: 'Energiemanagement Schulen' },
  { label: 'compound split', q: 'Wärmenetzplan' },
  { label: 'topic filter', q: 'Wärmenetz', topic: 'Wärmeplanung' },
  { label: 'word', q: 'Ratsbeschluss' },
  { label: 'word part', q: 'Begrünung' },
  { label: 'two words', q: 'Fördermittel Kommunalrichtlinie' },
];

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function searchOn(database: Driver, target: { dataDir: string; databaseUrl?: string }) {
  const opened = await openDatabase(target);
  try {
    await opened.migrate();
    const corpus: CommunityCorpus = await seedCommunity(
      opened,
      { threads: THREADS, posts: POSTS },
      new Date(),
    );
    report({
      case: 'community_search_seed',
      database,
      threads: corpus.threads,
      posts: corpus.posts,
      seconds: round(corpus.seconds, 1),
    });
    // As the search route calls it for a participant of both programmes: every space they read
    // (both programmes and the shared space), no library items for mentors only, page 1.
    const filtersOf = (spec: QuerySpec): SearchFilters => {
      const topic = spec.topic ? corpus.topics.find((t) => t.label === spec.topic) : undefined;
      if (spec.topic && !topic) throw new Error(`no topic "${spec.topic}"`);
      return {
        q: spec.q,
        spaces: [corpus.spaces.klimaanpassung, corpus.spaces.klimaschutz, null],
        topicId: topic?.id,
        mentorView: false,
        page: 1,
      };
    };
    const totals: number[] = [];
    // One round of the mix first, not counted: the caches warm, every query finds what it should.
    for (const spec of MIX) {
      const { total } = await searchCommunity(opened.db, filtersOf(spec));
      totals.push(total);
      if (total === 0) throw new Error(`"${spec.q}" found nothing`);
    }
    const times: number[] = [];
    const byQuery: number[][] = MIX.map(() => []);
    for (let i = 0; i < QUERIES; i++) {
      const spec = MIX[i % MIX.length]!;
      const since = performance.now();
      await searchCommunity(opened.db, filtersOf(spec));
      const ms = performance.now() - since;
      times.push(ms);
      byQuery[i % MIX.length]!.push(ms);
    }
    const sorted = [...times].sort((a, b) => a - b);
    report({
      case: 'community_search',
      database,
      posts: corpus.posts,
      queries: QUERIES,
      p50_ms: round(percentile(sorted, 50), 1),
      p95_ms: round(percentile(sorted, 95), 1),
      max_ms: round(sorted.at(-1)!, 1),
      target: 'PostgreSQL p50 < 20 ms, p95 < 50 ms',
      // The median of each query and how many texts it finds.
      by_query: MIX.map((spec, k) => ({
        kind: spec.label,
        q: spec.topic ? `${spec.q} [Thema ${spec.topic}]` : spec.q,
        median_ms: round(median(byQuery[k]!), 1),
        hits: totals[k],
      })),
    });
  } finally {
    await opened.close();
  }
}

/** `searchCommunity` over 50,000 posts: p50 and p95 of 200 queries, on PGlite and PostgreSQL. */
export async function communitySearch(pgUrl?: string): Promise<void> {
  note(`search: ${THREADS} threads, ${POSTS} posts, ${QUERIES} queries`);
  await onEachDatabase('search', pgUrl, searchOn);
}
