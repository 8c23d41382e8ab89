import { and, asc, count, eq, getTableColumns, sql } from 'drizzle-orm';
import { type LibraryItem, type LibraryReader, visibleTo } from '../../../access/library.ts';
import type { Db } from '../../../db/client.ts';
import {
  communityFiles,
  type LibraryCategory,
  type LibraryKind,
  libraryItems,
} from '../../../db/schema/index.ts';

/** The order of the categories on the library page: the guide first, "Sonstiges" last. */
export const CATEGORY_ORDER: readonly LibraryCategory[] = [
  'leitfaden',
  'kick_off',
  'gespraechsfuehrung',
  'zielvereinbarung',
  'netzwerke',
  'haushaltsplanung',
  'foerderung',
  'sonstiges',
];

export const ITEMS_PER_PAGE = 25;

/** A material's file as its page shows it: name and size, never the content. */
export interface FileFacts {
  filename: string;
  size: number;
}

export type ListedItem = Pick<
  LibraryItem,
  'id' | 'title' | 'summary' | 'kind' | 'category' | 'audience' | 'programmeId'
> & { file: FileFacts | null };

const categoryRank = sql`array_position(array[${sql.join(
  CATEGORY_ORDER.map((c) => sql`${c}`),
  sql`, `,
)}]::text[], ${libraryItems.category})`;

/** The materials the reader sees, by category and title, a page at a time. */
export async function libraryList(
  db: Db,
  reader: LibraryReader,
  filters: { category?: LibraryCategory; kind?: LibraryKind; page: number },
): Promise<{ items: ListedItem[]; total: number }> {
  const where = and(
    visibleTo(reader, libraryItems),
    filters.category ? eq(libraryItems.category, filters.category) : undefined,
    filters.kind ? eq(libraryItems.kind, filters.kind) : undefined,
  );
  const [{ total }] = (await db.select({ total: count() }).from(libraryItems).where(where)) as [
    { total: number },
  ];
  const rows = await db
    .select({
      id: libraryItems.id,
      title: libraryItems.title,
      summary: libraryItems.summary,
      kind: libraryItems.kind,
      category: libraryItems.category,
      audience: libraryItems.audience,
      programmeId: libraryItems.programmeId,
      filename: communityFiles.filename,
      size: communityFiles.size,
    })
    .from(libraryItems)
    .leftJoin(communityFiles, eq(communityFiles.id, libraryItems.fileId))
    .where(where)
    .orderBy(categoryRank, asc(libraryItems.title), asc(libraryItems.id))
    .limit(ITEMS_PER_PAGE)
    .offset((filters.page - 1) * ITEMS_PER_PAGE);
  return {
    total,
    items: rows.map(({ filename, size, ...item }) => ({
      ...item,
      file: filename !== null && size !== null ? { filename, size } : null,
    })),
  };
}

/** Name and size of a material's file. */
export async function fileFacts(db: Db, fileId: string | null): Promise<FileFacts | null> {
  if (!fileId) return null;
  const [row] = await db
    .select({ filename: communityFiles.filename, size: communityFiles.size })
    .from(communityFiles)
    .where(eq(communityFiles.id, fileId));
  return row ?? null;
}

/** The stored file of a material, to send as a download. */
export async function fileOf(db: Db, fileId: string | null) {
  if (!fileId) return null;
  const [row] = await db.select().from(communityFiles).where(eq(communityFiles.id, fileId));
  return row ?? null;
}

/** Every material the reader sees, for choosing a module's materials: by category and title. */
export async function choosableItems(db: Db, reader: LibraryReader) {
  const { fileId: _file, body: _body, ...columns } = getTableColumns(libraryItems);
  return db
    .select(columns)
    .from(libraryItems)
    .where(visibleTo(reader, libraryItems))
    .orderBy(categoryRank, asc(libraryItems.title), asc(libraryItems.id));
}
