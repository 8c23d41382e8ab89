import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { participations, profiles, users } from '../../db/schema/index.ts';
import { jsonList } from './batch.ts';
import { PROFILE_FIELDS } from './mapping.ts';
import type { ImportRow, Issue } from './validate.ts';

export type ExistingUser = { id: string; email: string; name: string; activated: boolean };
export type ExistingProfile = typeof profiles.$inferSelect;
export type ExistingParticipation = typeof participations.$inferSelect;

export interface Existing {
  users: Map<string, ExistingUser>;
  profiles: Map<string, ExistingProfile>;
  /** By `${userId}:${role}`, in this programme. */
  participations: Map<string, ExistingParticipation>;
}

export interface Plan {
  existing: Existing;
  /** Rows that create a person, and rows that update one. */
  create: ImportRow[];
  update: ImportRow[];
  /** Rows left out: a new profile would lack a value the database needs. */
  skipped: Issue[];
  skippedRows: number;
}

/** Loads who is already there (users by lower(email), their profiles, their participations here). */
export async function loadExisting(db: Db | Tx, programmeId: string, emails: string[]): Promise<Existing> {
  const existing: Existing = { users: new Map(), profiles: new Map(), participations: new Map() };
  if (emails.length === 0) return existing;
  const found = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      activated: sql<boolean>`${users.passwordHash} is not null`,
    })
    .from(users)
    .where(sql`lower(${users.email}) in ${jsonList(emails)}`);
  for (const u of found) existing.users.set(u.email.toLowerCase(), u);
  const ids = found.map((u) => u.id);
  if (ids.length === 0) return existing;
  for (const p of await db
    .select()
    .from(profiles)
    .where(sql`${profiles.userId} in ${jsonList(ids, 'uuid')}`)) {
    existing.profiles.set(p.userId, p);
  }
  const ours = await db
    .select()
    .from(participations)
    .where(
      and(
        eq(participations.programmeId, programmeId),
        sql`${participations.userId} in ${jsonList(ids, 'uuid')}`,
      ),
    );
  for (const p of ours) existing.participations.set(`${p.userId}:${p.role}`, p);
  return existing;
}

/** What the import will do with each valid row: create, update, or skip with the reason. */
export async function planImport(
  db: Db | Tx,
  programmeId: string,
  rows: readonly ImportRow[],
): Promise<Plan> {
  const existing = await loadExisting(
    db,
    programmeId,
    rows.map((r) => r.email),
  );
  const plan: Plan = { existing, create: [], update: [], skipped: [], skippedRows: 0 };
  for (const row of rows) {
    const user = existing.users.get(row.email);
    if (!user || !existing.profiles.has(user.id)) {
      const missing = PROFILE_FIELDS.filter((f) => row[f as keyof ImportRow] === undefined);
      if (missing.length > 0) {
        plan.skippedRows += 1;
        for (const field of missing)
          plan.skipped.push({ row: row.row, field, message: 'imports.issue.neededForNew' });
        continue;
      }
    }
    (user ? plan.update : plan.create).push(row);
  }
  return plan;
}
