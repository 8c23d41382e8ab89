import { and, asc, count, desc, eq, gte, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { participations, profiles, programmes, users } from '../../../db/schema/index.ts';
import type { ParticipationStatus, Role } from '../../../db/schema/registration.ts';

export const PAGE_SIZE = 50;

export interface ListFilters {
  /** The actor's programmes: nothing outside them is ever read. */
  scope: readonly string[];
  programmeId?: string;
  role?: Role;
  status?: ParticipationStatus;
  bundesland?: string;
  since?: Date;
  search?: string;
  page: number;
}

export interface ListRow {
  id: string;
  name: string;
  email: string;
  organisationName: string | null;
  bundesland: string | null;
  programmeName: string;
  role: Role;
  status: ParticipationStatus;
  createdAt: Date;
  intakeAt: Date | null;
}

/** `%` and `_` typed by a user are searched for, not used as wildcards. */
export const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function conditions(db: Db, f: ListFilters, withStatus: boolean): SQL | undefined {
  const c: (SQL | undefined)[] = [inArray(participations.programmeId, [...f.scope])];
  if (f.programmeId) c.push(eq(participations.programmeId, f.programmeId));
  if (f.role) c.push(eq(participations.role, f.role));
  if (withStatus && f.status) c.push(eq(participations.status, f.status));
  if (f.bundesland) c.push(eq(profiles.bundesland, f.bundesland as 'NW'));
  if (f.since) c.push(gte(participations.createdAt, f.since));
  if (f.search) {
    const p = likePattern(f.search);
    // Each side of the union can use its trigram index; an OR across joined tables could not.
    const people = db
      .select({ id: users.id })
      .from(users)
      .where(or(ilike(users.name, p), ilike(users.email, p)))
      .union(db.select({ id: profiles.userId }).from(profiles).where(ilike(profiles.organisationName, p)));
    c.push(inArray(participations.userId, people));
  }
  return and(...c);
}

/** Joins users and profiles only when a filter needs them. */
function filtered<T extends PgSelect>(query: T, f: ListFilters) {
  return f.bundesland ? query.innerJoin(profiles, eq(profiles.userId, participations.userId)) : query;
}

/**
 * One page of participations, newest first. The page's ids are chosen on participations alone
 * (joining only what a filter needs); names and organisations are then joined for those 50 rows.
 */
export async function listParticipations(db: Db, f: ListFilters): Promise<ListRow[]> {
  if (f.scope.length === 0) return [];
  const page = filtered(
    db.select({ id: participations.id, createdAt: participations.createdAt }).from(participations).$dynamic(),
    f,
  )
    .where(conditions(db, f, true))
    .orderBy(desc(participations.createdAt), asc(participations.id))
    .limit(PAGE_SIZE)
    .offset((f.page - 1) * PAGE_SIZE)
    .as('page');
  return db
    .select({
      id: participations.id,
      name: users.name,
      email: users.email,
      organisationName: profiles.organisationName,
      bundesland: profiles.bundesland,
      programmeName: programmes.name,
      role: participations.role,
      status: participations.status,
      createdAt: participations.createdAt,
      intakeAt: participations.intakeAt,
    })
    .from(page)
    .innerJoin(participations, eq(participations.id, page.id))
    .innerJoin(users, eq(users.id, participations.userId))
    .innerJoin(programmes, eq(programmes.id, participations.programmeId))
    .leftJoin(profiles, eq(profiles.userId, participations.userId))
    .orderBy(desc(page.createdAt), asc(page.id));
}

/** How many match the filters, per status (the status filter itself left out): one grouped query. */
export async function countByStatus(
  db: Db,
  f: ListFilters,
): Promise<Partial<Record<ParticipationStatus, number>>> {
  if (f.scope.length === 0) return {};
  const joined = filtered(
    db.select({ status: participations.status, n: count() }).from(participations).$dynamic(),
    f,
  );
  const rows = await joined.where(conditions(db, f, false)).groupBy(participations.status);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Participations by id, only within the actor's programmes (for the bulk action). */
export async function findScopedByIds(db: Db, scope: readonly string[], ids: string[]) {
  if (scope.length === 0 || ids.length === 0) return [];
  return db
    .select({ id: participations.id, status: participations.status, name: users.name })
    .from(participations)
    .innerJoin(users, eq(users.id, participations.userId))
    .where(and(inArray(participations.id, ids), inArray(participations.programmeId, [...scope])))
    .orderBy(asc(users.name));
}
