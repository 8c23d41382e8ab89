import { asc, eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import { communityFiles, communitySearch, libraryItems, libraryModules } from '../db/schema/index.ts';
import { minimalPdf } from './library.ts';
import { seedDemo } from './seed.ts';

let tdb: TestDatabase;
const now = new Date('2026-11-20T09:00:00Z');
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => tdb.drop());

describe('the demo’s methods library', () => {
  it('has the Leitfaden with its checklist first, a PDF, indexed materials and published modules, once', async () => {
    await seedDemo(tdb.database, 'x'.repeat(40), now);
    await seedDemo(tdb.database, 'x'.repeat(40), now);
    const db = tdb.database.db;
    const items = await db.select().from(libraryItems).orderBy(asc(libraryItems.createdAt));
    expect(items[0]?.title).toContain('Leitfaden für Mentees und Mentor*innen');
    expect(items[0]?.checklist).toContain('Termin für das nächste Gespräch vereinbaren');
    expect(new Set(items.map((i) => i.title)).size).toBe(items.length);
    expect(items.some((i) => i.audience === 'mentors')).toBe(true);
    expect((await db.select().from(communitySearch).where(eq(communitySearch.kind, 'library'))).length).toBe(
      items.length,
    );
    const document = items.find((i) => i.kind === 'document');
    const [file] = await db.select().from(communityFiles).where(eq(communityFiles.id, document!.fileId!));
    expect((await fileTypeFromBuffer(file!.content))?.mime).toBe('application/pdf');
    const modules = await db.select().from(libraryModules);
    expect(modules.filter((m) => m.published).length).toBeGreaterThanOrEqual(2);
    expect(modules.some((m) => !m.published)).toBe(true);
  });

  it('builds a PDF that is one by its content', async () => {
    expect((await fileTypeFromBuffer(minimalPdf('Test (1)')))?.mime).toBe('application/pdf');
  });
});
