import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { SearchKind } from '../../../db/schema/index.ts';
import { candidateParts, fold, MIN_PART, operand, queryWords, splitCompound } from './terms.ts';

export const SEARCH_PAGE_SIZE = 20;
/** At most this many index stems stand in for one word that they contain. */
const CONTAINING = 40;

export interface SearchFilters {
  q: string;
  /** The spaces the actor may read (null: the shared space); nothing outside them is searched. */
  spaces: (string | null)[];
  space?: string | null;
  kind?: SearchKind;
  topicId?: string;
  /** Whether library items for mentors only are searched (mentors, coordinators, admins). */
  mentorView: boolean;
  page: number;
}

export interface SearchHit {
  id: string;
  kind: SearchKind;
  /** Where the hit lives: a thread (questions, discussions, answers), a Praxistipp or a library item. */
  threadId: string | null;
  tipId: string | null;
  itemId: string | null;
  programmeId: string | null;
  title: string;
  /** The title in pieces, as the snippet. */
  titlePieces: string[];
  /** The snippet in pieces; odd pieces are the words that matched. */
  snippet: string[];
  solved: boolean;
}

/** Rows of a raw query; both drivers answer `{ rows }`. */
const rows = async <T>(db: Db, query: SQL): Promise<T[]> =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;

const START = '\u0001';
const STOP = '\u0002';

/** The query as a tsquery text: every word must match, each in any of its forms (see terms.ts). */
export async function buildQuery(db: Db, q: string): Promise<string | null> {
  const words = queryWords(q);
  if (words.length === 0) return null;
  const stemmed = await rows<{ word: string; stems: string[] }>(
    db,
    sql`
    select w as word, tsvector_to_array(to_tsvector('german', w)) as stems
    from unnest(${sql.raw('ARRAY[')}${sql.join(
      words.map((w) => sql`${w}`),
      sql`, `,
    )}${sql.raw(']::text[]')}) as w`,
  );
  const terms = stemmed.flatMap(({ word, stems }) =>
    // A stop word ("für", "und") has no stem and asks for nothing.
    stems[0] ? [{ stem: stems[0], folded: fold(word) }] : [],
  );
  // Both look-ups in the vocabulary for every word, in one round trip: the stems that contain the
  // word's stem, and the substrings of the word that are known stems (to split it).
  const lookups = terms.flatMap(({ stem, folded }, i) => {
    const parts = candidateParts(folded);
    return [
      ...(stem.length >= MIN_PART + 1
        ? [
            sql`(select ${i}::int as word, true as containing, lexeme from community_lexemes
              where lexeme like ${`%${likeEscape(stem)}%`} order by length(lexeme) limit ${CONTAINING})`,
          ]
        : []),
      ...(parts.length > 0
        ? [
            sql`(select ${i}::int, false, lexeme from community_lexemes where (lexeme collate "C") in (${sql.join(
              parts.map((p) => sql`${p}`),
              sql`, `,
            )}))`,
          ]
        : []),
    ];
  });
  const found =
    lookups.length === 0
      ? []
      : await rows<{ word: number; containing: boolean; lexeme: string }>(
          db,
          sql.join(lookups, sql` union all `),
        );
  const clauses = terms.map(({ stem, folded }, i) => {
    const alternatives = new Set([operand(stem, true)]);
    const mine = found.filter((r) => r.word === i);
    for (const r of mine) if (r.containing) alternatives.add(operand(r.lexeme));
    const split = splitCompound(folded, new Set(mine.filter((r) => !r.containing).map((r) => r.lexeme)));
    if (split) alternatives.add(`(${split.map((p) => operand(p)).join(' & ')})`);
    return `(${[...alternatives].join(' | ')})`;
  });
  return clauses.length > 0 ? clauses.join(' & ') : null;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Questions, discussions, answers, Praxistipps and library items that match every word, in the spaces the actor may read,
 * visible ones only; title matches first, then by rank, with a highlighted snippet.
 *
 * A common word matches thousands of texts, and each is ranked, so that step is kept lean (bench/cases/community-search.ts
 * measures it over 50,000 posts): a title match is read from the stored vector's weight-A lexemes (the title's; answers have
 * none) instead of stemming the title again, `ts_rank` (weights A 1.0 … D 0.1) instead of the costlier cover density of
 * `ts_rank_cd`, and the matches are ranked in a materialized step of ids and ranks alone, so the count over all of them
 * carries no texts; the 20 of the page are joined to their texts afterwards.
 */
export async function searchCommunity(
  db: Db,
  filters: SearchFilters,
): Promise<{ hits: SearchHit[]; total: number }> {
  const tsquery = await buildQuery(db, filters.q);
  if (!tsquery) return { hits: [], total: 0 };
  const programmes = filters.spaces.filter((s): s is string => s !== null);
  const shared = filters.spaces.includes(null);
  const inSpaces = sql`(${
    programmes.length > 0
      ? sql`s.programme_id in (${sql.join(
          programmes.map((p) => sql`${p}::uuid`),
          sql`, `,
        )})`
      : sql`false`
  } or ${shared ? sql`s.programme_id is null` : sql`false`})`;
  const space =
    filters.space === undefined
      ? sql``
      : filters.space === null
        ? sql`and s.programme_id is null`
        : sql`and s.programme_id = ${filters.space}::uuid`;
  const kind = filters.kind ? sql`and s.kind = ${filters.kind}` : sql``;
  const topic = filters.topicId ? sql`and ${filters.topicId}::uuid = any(s.topic_ids)` : sql``;
  const audience = filters.mentorView ? sql`` : sql`and not s.mentors_only`;
  const where = sql`s.visible and s.vector @@ q.query and ${inSpaces} ${space} ${kind} ${topic} ${audience}`;
  const offset = (filters.page - 1) * SEARCH_PAGE_SIZE;
  const result = await rows<{
    id: string;
    kind: SearchKind;
    thread_id: string | null;
    tip_id: string | null;
    item_id: string | null;
    programme_id: string | null;
    title: string;
    title_marked: string;
    snippet: string;
    solved: boolean;
    total: number;
  }>(
    db,
    sql`
    with q as (select ${tsquery}::tsquery as query),
    matched as materialized (
      select s.id, (s.title <> '' and ts_filter(s.vector, '{a}') @@ q.query) as title_match,
        ts_rank(s.vector, q.query) as rank, s.updated_at
      from community_search s, q
      where ${where}
    ),
    ranked as (
      select m.*, count(*) over () as total from matched m
      order by title_match desc, rank desc, updated_at desc
      limit ${SEARCH_PAGE_SIZE} offset ${offset}
    )
    select r.id, s.kind, s.thread_id, s.tip_id, s.item_id, s.programme_id,
      coalesce(t.title, s.title) as title, r.total::int as total,
      coalesce(t.solution_post_id is not null, false) as solved,
      ts_headline('german', coalesce(t.title, s.title), q.query, ${`StartSel=${START}, StopSel=${STOP}, HighlightAll=true`}) as title_marked,
      ts_headline('german', s.body, q.query,
        ${`StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`}) as snippet
    from ranked r join community_search s on s.id = r.id
      left join community_threads t on t.id = s.thread_id, q
    order by r.title_match desc, r.rank desc, r.updated_at desc`,
  );
  return {
    total: result[0]?.total ?? 0,
    hits: result.map((r) => ({
      id: r.id,
      kind: r.kind,
      threadId: r.thread_id,
      tipId: r.tip_id,
      itemId: r.item_id,
      programmeId: r.programme_id,
      title: r.title,
      titlePieces: pieces(r.title_marked),
      solved: r.solved,
      snippet: pieces(r.snippet),
    })),
  };
}

/** Splits a headline at its markers; the text stays text, so the view escapes every piece. */
function pieces(headline: string): string[] {
  const out: string[] = [];
  let rest = headline;
  for (;;) {
    const start = rest.indexOf(START);
    if (start < 0) break;
    const stop = rest.indexOf(STOP, start);
    if (stop < 0) break;
    out.push(rest.slice(0, start), rest.slice(start + 1, stop));
    rest = rest.slice(stop + 1);
  }
  out.push(rest);
  return out;
}
