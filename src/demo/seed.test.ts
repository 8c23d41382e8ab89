import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import { participations, tandems, users } from '../db/schema/index.ts';
import { demoPeople, seedDemo } from './seed.ts';

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => tdb.drop());

describe('demo data', () => {
  it('creates fictitious people, all marked as demo, with accepted participations, and is idempotent', async () => {
    const now = new Date('2026-11-20T09:00:00Z');
    expect(await seedDemo(tdb.database, 'x'.repeat(40), now)).toBe(demoPeople.length);
    expect(await seedDemo(tdb.database, 'x'.repeat(40), now)).toBe(demoPeople.length);
    const all = await tdb.database.db.select().from(users);
    expect(all.every((u) => u.isDemo)).toBe(true);
    const rows = await tdb.database.db
      .select()
      .from(participations)
      .where(eq(participations.status, 'accepted'));
    expect(rows).toHaveLength(demoPeople.filter((p) => p.kind === 'mentor' || p.kind === 'mentee').length);
    // One matched tandem (Nowak and Berg) whose kick-off is ahead, created once.
    const pairs = await tdb.database.db.select().from(tandems);
    expect(pairs.map((p) => p.status)).toEqual(['kickoff_pending']);
  });
});
