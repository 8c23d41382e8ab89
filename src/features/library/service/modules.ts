import { and, asc, eq, inArray } from 'drizzle-orm';
import { curatesIn, type LibraryReader, type ReadableModule } from '../../../access/library.ts';
import type { Tx } from '../../../db/client.ts';
import {
  type LibraryAudience,
  libraryItems,
  libraryModuleCompletions,
  libraryModuleItems,
  libraryModules,
} from '../../../db/schema/index.ts';
import type { ServiceDeps } from '../../../deps.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import { positionField } from '../schema.ts';

export interface ModuleInput {
  title: string;
  description: string;
  audience: LibraryAudience;
  programmeId: string | null;
  /** The module's materials in their order. */
  itemIds: string[];
}

export type ModuleRefusal = 'programme' | 'item';

/**
 * Checks the chosen materials: each must exist and belong to the module's programme or to both
 * (a module of both programmes takes only materials of both).
 */
async function unfitItem(tx: Tx, input: ModuleInput) {
  if (input.itemIds.length === 0) return null;
  const rows = await tx
    .select({ id: libraryItems.id, programmeId: libraryItems.programmeId })
    .from(libraryItems)
    .where(inArray(libraryItems.id, input.itemIds));
  const fits = new Map(
    rows.map((r) => [r.id, r.programmeId === null || r.programmeId === input.programmeId]),
  );
  return input.itemIds.find((id) => fits.get(id) !== true) ?? null;
}

async function writeItems(tx: Tx, moduleId: string, itemIds: string[]) {
  await tx.delete(libraryModuleItems).where(eq(libraryModuleItems.moduleId, moduleId));
  if (itemIds.length > 0) {
    await tx
      .insert(libraryModuleItems)
      .values(itemIds.map((itemId, i) => ({ moduleId, itemId, position: i + 1 })));
  }
}

async function saveModule(
  deps: ServiceDeps,
  reader: LibraryReader,
  input: ModuleInput,
  write: (tx: Tx) => Promise<string>,
): Promise<Result<string, ModuleRefusal>> {
  if (!curatesIn(reader, input.programmeId)) {
    return refused('programme', { name: 'programm', message: 'library.error.programme.unknown' });
  }
  return deps.database.db.transaction(async (tx) => {
    const unfit = await unfitItem(tx, input);
    if (unfit) {
      return refused('item', { name: positionField(unfit), message: 'library.error.position.programme' });
    }
    const id = await write(tx);
    await writeItems(tx, id, input.itemIds);
    return ok(id);
  });
}

const columns = (input: ModuleInput) => ({
  title: input.title,
  description: input.description,
  audience: input.audience,
  programmeId: input.programmeId,
});

/** A new training module, not yet published, with its materials in order. */
export function createModule(deps: ServiceDeps, reader: LibraryReader, input: ModuleInput) {
  return saveModule(deps, reader, input, async (tx) => {
    const [row] = await tx
      .insert(libraryModules)
      .values({ ...columns(input), createdBy: reader.member.actor.userId, createdAt: deps.clock() })
      .returning({ id: libraryModules.id });
    return row!.id;
  });
}

export function updateModule(deps: ServiceDeps, found: ReadableModule, input: ModuleInput) {
  return saveModule(deps, found.reader, input, async (tx) => {
    await tx.update(libraryModules).set(columns(input)).where(eq(libraryModules.id, found.module.id));
    return found.module.id;
  });
}

/** Publishes a module (mentors see it from now on) or takes it back. */
export async function setPublished(deps: ServiceDeps, found: ReadableModule, published: boolean) {
  await deps.database.db.transaction(async (tx) => {
    await tx.update(libraryModules).set({ published }).where(eq(libraryModules.id, found.module.id));
  });
}

/** The reader marks a module done, or takes the mark back; marking twice changes nothing. */
export async function setCompleted(deps: ServiceDeps, found: ReadableModule, done: boolean) {
  const userId = found.reader.member.actor.userId;
  const moduleId = found.module.id;
  await deps.database.db.transaction(async (tx) => {
    if (done) {
      await tx
        .insert(libraryModuleCompletions)
        .values({ moduleId, userId, completedAt: deps.clock() })
        .onConflictDoNothing();
    } else {
      await tx
        .delete(libraryModuleCompletions)
        .where(
          and(eq(libraryModuleCompletions.moduleId, moduleId), eq(libraryModuleCompletions.userId, userId)),
        );
    }
  });
}

/** Deletes a module with its order and its completions (the materials stay). */
export async function deleteModule(deps: ServiceDeps, found: ReadableModule) {
  await deps.database.db.transaction(async (tx) => {
    await tx.delete(libraryModules).where(eq(libraryModules.id, found.module.id));
  });
}

/** Moves a material of the module one place up or down (swapping with its neighbour). */
export async function moveItem(deps: ServiceDeps, found: ReadableModule, itemId: string, up: boolean) {
  const moduleId = found.module.id;
  await deps.database.db.transaction(async (tx) => {
    const rows = await tx
      .select({ itemId: libraryModuleItems.itemId })
      .from(libraryModuleItems)
      .where(eq(libraryModuleItems.moduleId, moduleId))
      .orderBy(asc(libraryModuleItems.position))
      .for('update');
    const order = rows.map((r) => r.itemId);
    const from = order.indexOf(itemId);
    const to = up ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to]!, order[from]!];
    await writeItems(tx, moduleId, order);
  });
}
