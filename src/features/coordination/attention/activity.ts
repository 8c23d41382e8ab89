import { sql } from 'drizzle-orm';

/**
 * Per open tandem: its last activity (created, activated, or the start of a meeting or contact held)
 * and whether a meeting is planned ahead. A tandem is stalled when nothing is planned and the last
 * activity lies the programme's reminder weeks back. Computed, never stored: a meeting held or
 * planned ends a stall without anyone clearing a flag.
 */
export const activity = (now: string) => sql`
  SELECT t.id AS tandem_id,
         GREATEST(t.created_at, COALESCE(t.activated_at, t.created_at),
                  COALESCE(MAX(m.starts_at) FILTER (WHERE m.status = 'held' AND m.starts_at <= ${now}::timestamptz), t.created_at)) AS last_activity,
         COALESCE(BOOL_OR(m.status = 'planned' AND m.starts_at > ${now}::timestamptz), false) AS planned
    FROM tandems t
    LEFT JOIN meetings m ON m.tandem_id = t.id
   WHERE t.status <> 'ended'
   GROUP BY t.id`;
