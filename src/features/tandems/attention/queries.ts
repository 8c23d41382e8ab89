import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { TandemStatus } from '../../../db/schema/index.ts';

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
  /** On the "braucht Aufmerksamkeit" list: escalated, and no meeting held or planned since. */
  needsAttention: boolean;
  lastActivity: Date;
}

type Raw = Record<string, unknown>;
const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));

/** Every tandem of the programmes, with their facts, in one query. */
export async function tandemFacts(
  db: Db,
  programmeIds: readonly string[],
  now: Date,
): Promise<TandemFacts[]> {
  if (programmeIds.length === 0) return [];
  const at = now.toISOString();
  const result = (await db.execute(sql`
    SELECT t.id, t.programme_id, t.status, t.created_at, t.activated_at, t.ended_at, t.attention_at,
           mu.name AS mentee_name, ru.name AS mentor_name,
           (SELECT max(m.starts_at) FROM meetings m WHERE m.tandem_id = t.id AND m.status = 'held') AS last_meeting,
           (SELECT min(m.starts_at) FROM meetings m
             WHERE m.tandem_id = t.id AND m.status = 'planned' AND m.starts_at > ${at}::timestamptz) AS next_meeting,
           (SELECT count(*) FROM meetings m WHERE m.tandem_id = t.id AND m.status = 'held') AS held_meetings,
           (SELECT count(*) FROM todos d WHERE d.tandem_id = t.id AND d.done_at IS NULL) AS open_todos,
           (SELECT coalesce(sum(e.minutes), 0) FROM time_entries e WHERE e.tandem_id = t.id) AS minutes
      FROM tandems t
      JOIN participations mp ON mp.id = t.mentee_participation_id
      JOIN users mu ON mu.id = mp.user_id
      JOIN participations rp ON rp.id = t.mentor_participation_id
      JOIN users ru ON ru.id = rp.user_id
     WHERE t.programme_id IN (${sql.join(
       programmeIds.map((id) => sql`${id}::uuid`),
       sql`, `,
     )})
     ORDER BY t.created_at DESC`)) as unknown as { rows: Raw[] };
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
      lastActivity,
      needsAttention:
        status !== 'ended' && attentionAt !== null && attentionAt >= lastActivity && nextMeeting === null,
    };
  });
}
