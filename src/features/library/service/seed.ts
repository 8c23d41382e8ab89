import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import {
  communityFiles,
  type LibraryAudience,
  type LibraryCategory,
  type LibraryKind,
  libraryItems,
  libraryModuleCompletions,
  libraryModuleItems,
  libraryModules,
} from '../../../db/schema/index.ts';
import { indexItem } from './items.ts';

export interface SeedItem {
  programmeId: string | null;
  kind: LibraryKind;
  category: LibraryCategory;
  audience: LibraryAudience;
  title: string;
  summary: string;
  body: string;
  url?: string;
  checklist?: string[];
  file?: { filename: string; mediaType: string; content: Buffer };
  createdBy: string | null;
  at: Date;
}

/** Writes a material as the demo has it (a title already there is left as it is); returns its id. */
export async function seedItem(tx: Tx, spec: SeedItem): Promise<string> {
  const [existing] = await tx
    .select({ id: libraryItems.id })
    .from(libraryItems)
    .where(eq(libraryItems.title, spec.title));
  if (existing) return existing.id;
  const [file] = spec.file
    ? await tx
        .insert(communityFiles)
        .values({
          ...spec.file,
          size: spec.file.content.length,
          uploadedBy: spec.createdBy,
          createdAt: spec.at,
        })
        .returning({ id: communityFiles.id })
    : [];
  const [item] = await tx
    .insert(libraryItems)
    .values({
      programmeId: spec.programmeId,
      kind: spec.kind,
      category: spec.category,
      audience: spec.audience,
      title: spec.title,
      summary: spec.summary,
      body: spec.body,
      url: spec.url ?? null,
      checklist: spec.checklist ?? [],
      fileId: file?.id ?? null,
      createdBy: spec.createdBy,
      createdAt: spec.at,
      updatedAt: spec.at,
    })
    .returning();
  await indexItem(tx, item!, spec.at);
  return item!.id;
}

export interface SeedModule {
  programmeId: string | null;
  title: string;
  description: string;
  audience: LibraryAudience;
  published: boolean;
  itemIds: string[];
  completedBy: string[];
  createdBy: string | null;
  at: Date;
}

/** Writes a training module with its materials and who completed it, once. */
export async function seedModule(tx: Tx, spec: SeedModule) {
  const [existing] = await tx
    .select({ id: libraryModules.id })
    .from(libraryModules)
    .where(eq(libraryModules.title, spec.title));
  if (existing) return existing.id;
  const [module] = await tx
    .insert(libraryModules)
    .values({
      programmeId: spec.programmeId,
      title: spec.title,
      description: spec.description,
      audience: spec.audience,
      published: spec.published,
      createdBy: spec.createdBy,
      createdAt: spec.at,
    })
    .returning({ id: libraryModules.id });
  const moduleId = module!.id;
  if (spec.itemIds.length > 0) {
    await tx
      .insert(libraryModuleItems)
      .values(spec.itemIds.map((itemId, i) => ({ moduleId, itemId, position: i + 1 })));
  }
  if (spec.completedBy.length > 0) {
    await tx
      .insert(libraryModuleCompletions)
      .values(spec.completedBy.map((userId) => ({ moduleId, userId, completedAt: spec.at })));
  }
  return moduleId;
}
