import { eq } from 'drizzle-orm';
import {
  curatesIn,
  type LibraryItem,
  type LibraryReader,
  type ReadableItem,
} from '../../../access/library.ts';
import type { Tx } from '../../../db/client.ts';
import {
  communityFiles,
  type LibraryAudience,
  type LibraryCategory,
  type LibraryKind,
  libraryItems,
} from '../../../db/schema/index.ts';
import type { ServiceDeps } from '../../../deps.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import type { CheckedFile } from '../../../platform/uploads.ts';
import { indexDocument } from '../../community/index.ts';

export interface ItemInput {
  kind: LibraryKind;
  category: LibraryCategory;
  audience: LibraryAudience;
  programmeId: string | null;
  title: string;
  summary: string;
  body: string;
  url: string | null;
  checklist: string[];
  /** A document's file, checked by its content; on an edit, none keeps the current one. */
  file?: CheckedFile;
}

export type ItemRefusal = 'programme' | 'file';

const foreignProgramme = refused('programme', {
  name: 'programm',
  message: 'library.error.programme.unknown',
});
const missingFile = refused('file', { name: 'datei', message: 'uploads.error.missing' });

/** Writes the material's search entry: title, summary, text and checklist; for mentors only marked. */
export async function indexItem(tx: Tx, item: LibraryItem, at: Date) {
  await indexDocument(
    tx,
    {
      id: item.id,
      kind: 'library',
      itemId: item.id,
      programmeId: item.programmeId,
      title: item.title,
      markdown: [item.summary, item.body, ...item.checklist].filter(Boolean).join('\n\n'),
      topicIds: [],
      visible: true,
      mentorsOnly: item.audience === 'mentors',
    },
    at,
  );
}

async function storeFile(tx: Tx, file: CheckedFile, userId: string | null) {
  const [row] = await tx
    .insert(communityFiles)
    .values({ ...file, uploadedBy: userId })
    .returning({ id: communityFiles.id });
  return row!.id;
}

const columns = (input: ItemInput) => ({
  kind: input.kind,
  category: input.category,
  audience: input.audience,
  programmeId: input.programmeId,
  title: input.title,
  summary: input.summary,
  body: input.body,
  url: input.kind === 'link' ? input.url : null,
  checklist: input.checklist,
});

/** A new material of a programme the reader curates (or of both); a document with its file. */
export async function createItem(
  deps: ServiceDeps,
  reader: LibraryReader,
  input: ItemInput,
): Promise<Result<string, ItemRefusal>> {
  if (!curatesIn(reader, input.programmeId)) return foreignProgramme;
  if (input.kind === 'document' && !input.file) return missingFile;
  const now = deps.clock();
  const userId = reader.member.actor.userId;
  return deps.database.db.transaction(async (tx) => {
    const fileId = input.kind === 'document' && input.file ? await storeFile(tx, input.file, userId) : null;
    const [item] = await tx
      .insert(libraryItems)
      .values({ ...columns(input), fileId, createdBy: userId, createdAt: now, updatedAt: now })
      .returning();
    await indexItem(tx, item!, now);
    return ok(item!.id);
  });
}

/**
 * Changes a material; a new file replaces the document's, a material that is no longer a
 * document loses its file. The search entry follows in the same transaction.
 */
export async function updateItem(
  deps: ServiceDeps,
  found: ReadableItem,
  input: ItemInput,
): Promise<Result<string, ItemRefusal>> {
  if (!curatesIn(found.reader, input.programmeId)) return foreignProgramme;
  const old = found.item;
  if (input.kind === 'document' && !input.file && !old.fileId) return missingFile;
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    let fileId = input.kind === 'document' ? old.fileId : null;
    if (input.kind === 'document' && input.file) {
      fileId = await storeFile(tx, input.file, found.reader.member.actor.userId);
    }
    const [item] = await tx
      .update(libraryItems)
      .set({ ...columns(input), fileId, updatedAt: now })
      .where(eq(libraryItems.id, old.id))
      .returning();
    if (old.fileId && old.fileId !== fileId) {
      await tx.delete(communityFiles).where(eq(communityFiles.id, old.fileId));
    }
    await indexItem(tx, item!, now);
    return ok(item!.id);
  });
}

/** Deletes a material with its file; its search entry and module places go with it (cascade). */
export async function deleteItem(deps: ServiceDeps, found: ReadableItem) {
  await deps.database.db.transaction(async (tx) => {
    await tx.delete(libraryItems).where(eq(libraryItems.id, found.item.id));
    if (found.item.fileId) await tx.delete(communityFiles).where(eq(communityFiles.id, found.item.fileId));
  });
}
