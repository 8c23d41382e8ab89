import { and, asc, count, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { curatesIn, type LibraryModule, type LibraryReader, visibleTo } from '../../../access/library.ts';
import type { Db } from '../../../db/client.ts';
import {
  libraryItems,
  libraryModuleCompletions,
  libraryModuleItems,
  libraryModules,
  participations,
} from '../../../db/schema/index.ts';

export interface ListedModule {
  module: LibraryModule;
  /** The materials of the module the reader sees. */
  items: number;
  done: boolean;
  /** For those who curate it: how many mentors marked it done (a count, never names). */
  completedBy: number | null;
  curated: boolean;
}

/**
 * How many mentors completed each module: people with an accepted mentor participation in the
 * module's programme (any programme for a module of both).
 */
async function mentorCompletions(db: Db, modules: LibraryModule[]) {
  if (modules.length === 0) return new Map<string, number>();
  const mentorOfModule = sql`exists (select 1 from ${participations} where ${participations.userId} = ${libraryModuleCompletions.userId} and ${participations.role} = 'mentor' and ${participations.status} = 'accepted' and (${libraryModules.programmeId} is null or ${participations.programmeId} = ${libraryModules.programmeId}))`;
  const rows = await db
    .select({ id: libraryModuleCompletions.moduleId, n: count() })
    .from(libraryModuleCompletions)
    .innerJoin(libraryModules, eq(libraryModules.id, libraryModuleCompletions.moduleId))
    .where(
      and(
        inArray(
          libraryModuleCompletions.moduleId,
          modules.map((m) => m.id),
        ),
        mentorOfModule,
      ),
    )
    .groupBy(libraryModuleCompletions.moduleId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

/**
 * The training modules the reader sees: published ones, and those not yet published that they
 * curate; with the reader's own mark, and for curators the number of mentors who completed each.
 */
export async function modulesList(db: Db, reader: LibraryReader): Promise<ListedModule[]> {
  const userId = reader.member.actor.userId;
  const curatedScopes = reader.curates.map((c) => c.programmeId);
  const curatedIds = curatedScopes.filter((id): id is string => id !== null);
  const curatedCondition = or(
    curatedScopes.includes(null) ? isNull(libraryModules.programmeId) : undefined,
    curatedIds.length > 0 ? inArray(libraryModules.programmeId, curatedIds) : undefined,
  );
  const modules = await db
    .select()
    .from(libraryModules)
    .where(
      and(
        visibleTo(reader, libraryModules),
        curatedCondition
          ? or(eq(libraryModules.published, true), curatedCondition)
          : eq(libraryModules.published, true),
      ),
    )
    .orderBy(desc(libraryModules.published), asc(libraryModules.title), asc(libraryModules.id));
  if (modules.length === 0) return [];
  const ids = modules.map((m) => m.id);
  const itemCounts = await db
    .select({ id: libraryModuleItems.moduleId, n: count() })
    .from(libraryModuleItems)
    .innerJoin(libraryItems, eq(libraryItems.id, libraryModuleItems.itemId))
    .where(and(inArray(libraryModuleItems.moduleId, ids), visibleTo(reader, libraryItems)))
    .groupBy(libraryModuleItems.moduleId);
  const counts = new Map(itemCounts.map((r) => [r.id, r.n]));
  const done = new Set(
    (
      await db
        .select({ id: libraryModuleCompletions.moduleId })
        .from(libraryModuleCompletions)
        .where(
          and(eq(libraryModuleCompletions.userId, userId), inArray(libraryModuleCompletions.moduleId, ids)),
        )
    ).map((r) => r.id),
  );
  const completions = await mentorCompletions(
    db,
    modules.filter((m) => curatesIn(reader, m.programmeId)),
  );
  return modules.map((module) => {
    const curated = curatesIn(reader, module.programmeId);
    return {
      module,
      items: counts.get(module.id) ?? 0,
      done: done.has(module.id),
      completedBy: curated ? (completions.get(module.id) ?? 0) : null,
      curated,
    };
  });
}

/** A module's materials the reader sees, in the module's order. */
export async function moduleItems(db: Db, reader: LibraryReader, moduleId: string) {
  return db
    .select({
      id: libraryItems.id,
      title: libraryItems.title,
      summary: libraryItems.summary,
      kind: libraryItems.kind,
      audience: libraryItems.audience,
      position: libraryModuleItems.position,
    })
    .from(libraryModuleItems)
    .innerJoin(libraryItems, eq(libraryItems.id, libraryModuleItems.itemId))
    .where(and(eq(libraryModuleItems.moduleId, moduleId), visibleTo(reader, libraryItems)))
    .orderBy(asc(libraryModuleItems.position));
}

/** The module's materials, all of them, in order: what its edit form starts from. */
export async function moduleItemIds(db: Db, moduleId: string) {
  const rows = await db
    .select({ id: libraryModuleItems.itemId })
    .from(libraryModuleItems)
    .where(eq(libraryModuleItems.moduleId, moduleId))
    .orderBy(asc(libraryModuleItems.position));
  return rows.map((r) => r.id);
}

/** Whether the reader marked the module done, and for curators how many mentors did. */
export async function moduleState(db: Db, reader: LibraryReader, module: LibraryModule) {
  const [mine] = await db
    .select({ at: libraryModuleCompletions.completedAt })
    .from(libraryModuleCompletions)
    .where(
      and(
        eq(libraryModuleCompletions.moduleId, module.id),
        eq(libraryModuleCompletions.userId, reader.member.actor.userId),
      ),
    );
  const completedBy = curatesIn(reader, module.programmeId)
    ? ((await mentorCompletions(db, [module])).get(module.id) ?? 0)
    : null;
  return { doneAt: mine?.at ?? null, completedBy };
}

/** The published modules the reader sees that hold this material. */
export async function modulesWithItem(db: Db, reader: LibraryReader, itemId: string) {
  return db
    .select({ id: libraryModules.id, title: libraryModules.title })
    .from(libraryModuleItems)
    .innerJoin(libraryModules, eq(libraryModules.id, libraryModuleItems.moduleId))
    .where(
      and(
        eq(libraryModuleItems.itemId, itemId),
        eq(libraryModules.published, true),
        visibleTo(reader, libraryModules),
      ),
    )
    .orderBy(asc(libraryModules.title));
}
