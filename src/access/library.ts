import { and, type Column, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { libraryItems, libraryModules, participations } from '../db/schema/index.ts';
import { notFound } from '../platform/errors.ts';
import { isUuid } from '../platform/forms.ts';
import { can } from '../policy/index.ts';
import { type CommunityMember, requireCommunityMember } from './community.ts';

export type LibraryItem = typeof libraryItems.$inferSelect;
export type LibraryModule = typeof libraryModules.$inferSelect;

/** A programme (or both: id null) the reader may curate materials for, by name. */
export interface CurationScope {
  programmeId: string | null;
  name: string | null;
}

/** Someone through the community's door, with what decides which materials they see. */
export interface LibraryReader {
  member: CommunityMember;
  /** The programmes whose materials they read (those for both programmes come on top). */
  programmeIds: string[];
  /** Coordinators and admins see materials for mentors everywhere they read. */
  allMentorMaterials: boolean;
  /** The programmes with their accepted mentor participation (any of them opens materials for mentors). */
  mentorOf: string[];
  /** Where they may curate: their programmes and "both programmes"; admins all. Empty for participants. */
  curates: CurationScope[];
}

/**
 * The library's door: the community area's (accepted participation, coordinators, admins; the
 * friendly 403 for those not yet accepted), and what the person may see and curate.
 */
export async function requireLibraryReader(req: FastifyRequest): Promise<LibraryReader> {
  const member = await requireCommunityMember(req);
  const { actor } = member;
  const db = req.server.deps.database.db;
  const mentorOf = (
    await db
      .selectDistinct({ id: participations.programmeId })
      .from(participations)
      .where(
        and(
          eq(participations.userId, actor.userId),
          eq(participations.status, 'accepted'),
          eq(participations.role, 'mentor'),
        ),
      )
  ).map((r) => r.id);
  const curates = member.spaces
    .filter((s) => can(actor, 'library.curate', { programmeId: s.programmeId }))
    .map((s) => ({ programmeId: s.programmeId, name: s.name }));
  return {
    member,
    programmeIds: member.spaces.flatMap((s) => (s.programmeId ? [s.programmeId] : [])),
    allMentorMaterials: actor.kind !== 'participant',
    mentorOf,
    curates,
  };
}

/**
 * Whether the reader sees materials for mentors: people with an accepted mentor participation
 * (in any programme, as the search decides too), coordinators and admins.
 */
export const readsMentorMaterials = (reader: LibraryReader) =>
  reader.allMentorMaterials || reader.mentorOf.length > 0;

/** The reader may curate what belongs to this programme (null: both). */
export const curatesIn = (reader: LibraryReader, programmeId: string | null) =>
  reader.curates.some((c) => c.programmeId === programmeId);

/**
 * The SQL condition of what the reader sees of a table with programme and audience: their
 * programmes' and both programmes' rows; rows for mentors only where they read mentors' materials.
 */
export function visibleTo(reader: LibraryReader, table: { programmeId: Column; audience: Column }): SQL {
  const programme =
    reader.programmeIds.length > 0
      ? or(isNull(table.programmeId), inArray(table.programmeId, reader.programmeIds))
      : isNull(table.programmeId);
  return readsMentorMaterials(reader) ? programme! : and(programme, eq(table.audience, 'all'))!;
}

const sees = (reader: LibraryReader, row: { programmeId: string | null; audience: string }) =>
  (row.programmeId === null || reader.programmeIds.includes(row.programmeId)) &&
  (row.audience === 'all' || readsMentorMaterials(reader));

export interface ReadableItem {
  reader: LibraryReader;
  item: LibraryItem;
  /** The reader may edit and delete it. */
  curated: boolean;
}

/**
 * A material named in the path, if the reader sees it: of their programmes or of both, for
 * mentors only if they are one (or coordinate). Anything else is a 404, like an unknown id; a
 * material for mentors is never revealed to others.
 */
export async function requireLibraryItem(req: FastifyRequest, id: string): Promise<ReadableItem> {
  const reader = await requireLibraryReader(req);
  if (!isUuid(id)) throw notFound();
  const [item] = await req.server.deps.database.db.select().from(libraryItems).where(eq(libraryItems.id, id));
  if (!item || !sees(reader, item)) throw notFound();
  return { reader, item, curated: curatesIn(reader, item.programmeId) };
}

/** A material the reader may edit: 404 for everyone else, also for a coordinator of another programme. */
export async function requireCuratedItem(req: FastifyRequest, id: string): Promise<ReadableItem> {
  const found = await requireLibraryItem(req, id);
  if (!found.curated) throw notFound();
  return found;
}

export interface ReadableModule {
  reader: LibraryReader;
  module: LibraryModule;
  curated: boolean;
}

/**
 * A training module named in the path, if the reader sees it (as a material); a module not yet
 * published is there only for those who curate it.
 */
export async function requireLibraryModule(req: FastifyRequest, id: string): Promise<ReadableModule> {
  const reader = await requireLibraryReader(req);
  if (!isUuid(id)) throw notFound();
  const [module] = await req.server.deps.database.db
    .select()
    .from(libraryModules)
    .where(eq(libraryModules.id, id));
  if (!module || !sees(reader, module)) throw notFound();
  const curated = curatesIn(reader, module.programmeId);
  if (!module.published && !curated) throw notFound();
  return { reader, module, curated };
}

export async function requireCuratedModule(req: FastifyRequest, id: string): Promise<ReadableModule> {
  const found = await requireLibraryModule(req, id);
  if (!found.curated) throw notFound();
  return found;
}

/** The name of a programme the reader reads; null for "both programmes" (the view's catalogue text). */
export const programmeName = (reader: LibraryReader, programmeId: string | null) =>
  programmeId === null
    ? null
    : (reader.member.spaces.find((s) => s.programmeId === programmeId)?.name ?? null);

export const libraryAccess = { config: { access: 'library.view' as const } };
export const curateAccess = { config: { access: 'library.curate' as const } };
