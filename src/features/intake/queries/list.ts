import { and, asc, desc, eq, gte, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
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

/** One role of a person in a programme: the participation a decision is about. */
export interface ListRole {
  id: string;
  role: Role;
  status: ParticipationStatus;
  createdAt: Date;
  intakeAt: Date | null;
}

/** One person in one programme: one registration, with one participation per role (mentee first). */
export interface ListRow {
  /** The first role's participation: the registration's detail page. */
  id: string;
  name: string;
  email: string;
  organisationName: string | null;
  bundesland: string | null;
  programmeName: string;
  roles: ListRole[];
  /** The latest of the roles' registrations. */
  createdAt: Date;
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

/** A person in a programme: the registration a row of the list stands for. */
const person = sql`(${participations.userId}, ${participations.programmeId})`;
const latest = sql`max(${participations.createdAt})`;

/**
 * One page of registrations (a person in a programme, with all their roles), newest first. The
 * page's people are chosen on participations alone (joining only what a filter needs); names,
 * organisations and every role of theirs are then read for those 50.
 */
export async function listParticipations(db: Db, f: ListFilters): Promise<ListRow[]> {
  if (f.scope.length === 0) return [];
  const keys = await filtered(
    db
      .select({ userId: participations.userId, programmeId: participations.programmeId })
      .from(participations)
      .$dynamic(),
    f,
  )
    .where(conditions(db, f, true))
    .groupBy(participations.userId, participations.programmeId)
    .orderBy(desc(latest), asc(participations.userId), asc(participations.programmeId))
    .limit(PAGE_SIZE)
    .offset((f.page - 1) * PAGE_SIZE);
  if (keys.length === 0) return [];
  const found = await db
    .select({
      id: participations.id,
      userId: participations.userId,
      programmeId: participations.programmeId,
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
    .from(participations)
    .innerJoin(users, eq(users.id, participations.userId))
    .innerJoin(programmes, eq(programmes.id, participations.programmeId))
    .leftJoin(profiles, eq(profiles.userId, participations.userId))
    .where(
      and(
        inArray(participations.userId, [...new Set(keys.map((k) => k.userId))]),
        inArray(participations.programmeId, [...new Set(keys.map((k) => k.programmeId))]),
      ),
    )
    .orderBy(asc(participations.role));
  return keys.flatMap((k) => {
    const own = found.filter((r) => r.userId === k.userId && r.programmeId === k.programmeId);
    const first = own[0];
    if (!first) return [];
    return [
      {
        id: first.id,
        name: first.name,
        email: first.email,
        organisationName: first.organisationName,
        bundesland: first.bundesland,
        programmeName: first.programmeName,
        roles: own.map(({ id, role, status, createdAt, intakeAt }) => ({
          id,
          role,
          status,
          createdAt,
          intakeAt,
        })),
        createdAt: new Date(Math.max(...own.map((r) => r.createdAt.getTime()))),
      },
    ];
  });
}

export interface StatusCounts {
  /** Registrations (people in a programme) with a role in each status. */
  byStatus: Partial<Record<ParticipationStatus, number>>;
  /** Registrations matching the filters but the status: a person with two roles counts once. */
  all: number;
}

/** How many registrations match the filters, per status (the status filter itself left out). */
export async function countByStatus(db: Db, f: ListFilters): Promise<StatusCounts> {
  if (f.scope.length === 0) return { byStatus: {}, all: 0 };
  const people = sql<number>`count(distinct ${person})`;
  const rows = await filtered(
    db.select({ status: participations.status, n: people }).from(participations).$dynamic(),
    f,
  )
    .where(conditions(db, f, false))
    .groupBy(participations.status);
  const [all] = await filtered(db.select({ n: people }).from(participations).$dynamic(), f).where(
    conditions(db, f, false),
  );
  return {
    byStatus: Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])),
    all: Number(all?.n ?? 0),
  };
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
