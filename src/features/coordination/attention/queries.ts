import { eq, sql } from 'drizzle-orm';
import { loadTandemMembers } from '../../../access/index.ts';
import type { Db } from '../../../db/client.ts';
import { type TandemStatus, users } from '../../../db/schema/index.ts';
import type { EndKind } from '../../../db/schema/matching.ts';

/** A tandem as coordinators see it: names, status, dates and counts – never contents. */
export interface TandemFacts {
  id: string;
  programmeId: string;
  status: TandemStatus;
  menteeName: string;
  mentorName: string;
  createdAt: Date;
  endedAt: Date | null;
  lastMeeting: Date | null;
  nextMeeting: Date | null;
  heldMeetings: number;
  openTodos: number;
  minutes: number;
  attentionAt: Date | null;
  endKind: EndKind | null;
  /** The case coordinators are working on (open or in progress), if any. */
  openCaseId: string | null;
  /** On the "braucht Aufmerksamkeit" list: escalated, and no meeting held or planned since. */
  needsAttention: boolean;
  lastActivity: Date;
}

type Raw = Record<string, unknown>;
const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
const uuids = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * Every tandem of the programmes with its facts, in one query: meetings, open to-dos and logged
 * time are each aggregated once with GROUP BY and joined. Only ids, names, statuses, dates and
 * numbers are selected – no column holding what a tandem wrote.
 */
export async function tandemFacts(
  db: Db,
  programmeIds: readonly string[],
  now: Date,
): Promise<TandemFacts[]> {
  if (programmeIds.length === 0) return [];
  const at = now.toISOString();
  const result = (await db.execute(sql`
    WITH ts AS (SELECT id FROM tandems WHERE programme_id IN (${uuids(programmeIds)})),
    mt AS (
      SELECT m.tandem_id,
             max(m.starts_at) FILTER (WHERE m.status = 'held') AS last_meeting,
             min(m.starts_at) FILTER (WHERE m.status = 'planned' AND m.starts_at > ${at}::timestamptz) AS next_meeting,
             count(*) FILTER (WHERE m.status = 'held') AS held_meetings
        FROM meetings m JOIN ts ON ts.id = m.tandem_id
       GROUP BY m.tandem_id),
    td AS (
      SELECT d.tandem_id, count(*) AS open_todos
        FROM todos d JOIN ts ON ts.id = d.tandem_id
       WHERE d.done_at IS NULL
       GROUP BY d.tandem_id),
    te AS (
      SELECT e.tandem_id, sum(e.minutes) AS minutes
        FROM time_entries e JOIN ts ON ts.id = e.tandem_id
       GROUP BY e.tandem_id),
    sc AS (
      SELECT DISTINCT ON (c.tandem_id) c.tandem_id, c.id
        FROM support_cases c JOIN ts ON ts.id = c.tandem_id
       WHERE c.status <> 'closed'
       ORDER BY c.tandem_id, c.created_at DESC)
    SELECT t.id, t.programme_id, t.status, t.created_at, t.activated_at, t.ended_at, t.attention_at,
           t.end_kind, sc.id AS open_case_id,
           mu.name AS mentee_name, ru.name AS mentor_name,
           mt.last_meeting, mt.next_meeting,
           coalesce(mt.held_meetings, 0) AS held_meetings,
           coalesce(td.open_todos, 0) AS open_todos,
           coalesce(te.minutes, 0) AS minutes
      FROM tandems t
      JOIN ts ON ts.id = t.id
      JOIN participations mp ON mp.id = t.mentee_participation_id
      JOIN users mu ON mu.id = mp.user_id
      JOIN participations rp ON rp.id = t.mentor_participation_id
      JOIN users ru ON ru.id = rp.user_id
      LEFT JOIN mt ON mt.tandem_id = t.id
      LEFT JOIN td ON td.tandem_id = t.id
      LEFT JOIN te ON te.tandem_id = t.id
      LEFT JOIN sc ON sc.tandem_id = t.id
     ORDER BY t.created_at DESC, t.id`)) as unknown as { rows: Raw[] };
  return result.rows.map((r) => {
    const createdAt = date(r.created_at)!;
    const lastMeeting = date(r.last_meeting);
    const lastActivity = new Date(
      Math.max(createdAt.getTime(), date(r.activated_at)?.getTime() ?? 0, lastMeeting?.getTime() ?? 0),
    );
    const attentionAt = date(r.attention_at);
    const nextMeeting = date(r.next_meeting);
    const status = r.status as TandemStatus;
    return {
      id: r.id as string,
      programmeId: r.programme_id as string,
      status,
      menteeName: r.mentee_name as string,
      mentorName: r.mentor_name as string,
      createdAt,
      endedAt: date(r.ended_at),
      lastMeeting,
      nextMeeting,
      heldMeetings: Number(r.held_meetings),
      openTodos: Number(r.open_todos),
      minutes: Number(r.minutes),
      attentionAt,
      endKind: (r.end_kind as EndKind | null) ?? null,
      openCaseId: (r.open_case_id as string | null) ?? null,
      lastActivity,
      needsAttention:
        status !== 'ended' && attentionAt !== null && attentionAt >= lastActivity && nextMeeting === null,
    };
  });
}

/** Per programme: goals and milestones celebrated (counted, never read), in one query. */
export async function celebratedCounts(
  db: Db,
  programmeIds: readonly string[],
): Promise<Map<string, number>> {
  if (programmeIds.length === 0) return new Map();
  const result = (await db.execute(sql`
    SELECT t.programme_id, count(*) AS n
      FROM (SELECT tandem_id FROM goals WHERE celebrated_at IS NOT NULL
            UNION ALL
            SELECT tandem_id FROM milestones WHERE celebrated_at IS NOT NULL) c
      JOIN tandems t ON t.id = c.tandem_id
     WHERE t.programme_id IN (${uuids(programmeIds)})
     GROUP BY t.programme_id`)) as unknown as { rows: Raw[] };
  return new Map(result.rows.map((r) => [r.programme_id as string, Number(r.n)]));
}

/**
 * How an ended tandem ended, for its coordinators: the pair, when, how, by whom, and an early end's
 * reason (the ender's own words for the partner and the coordination, not the tandem's contents).
 */
export async function tandemEnd(db: Db, id: string) {
  const pair = await loadTandemMembers(db, id);
  if (!pair) return null;
  const t = pair.tandem;
  const [ender] = t.endedBy
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, t.endedBy))
    : [];
  return {
    id: t.id,
    programmeId: t.programmeId,
    status: t.status,
    endedAt: t.endedAt,
    endKind: t.endKind,
    endReason: t.endReason,
    endedByName: ender?.name ?? null,
    menteeName: pair.mentee.name,
    mentorName: pair.mentor.name,
  };
}
export type TandemEnd = NonNullable<Awaited<ReturnType<typeof tandemEnd>>>;
