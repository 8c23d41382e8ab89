import { and, count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock, testConfig } from '../../../test/helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.ts';
import { createParticipant } from '../../../test/helpers/participants.ts';
import { SAMPLE_HEADERS, type SampleOptions, sampleRecords } from '../../../test/support/imports-sample.ts';
import {
  outbox,
  participationEvents,
  participations,
  profiles,
  tokens,
  users,
} from '../../db/schema/index.ts';
import { findProgrammeBySlug, listActiveTopics, type Programme } from '../programmes/index.ts';
import { suggestMapping } from './mapping.ts';
import { CONSENT_PENDING, runImport } from './service.ts';
import { validateRows } from './validate.ts';

let tdb: TestDatabase;
let programme: Programme;
let topicLabels: string[];
const clock = testClock();

beforeAll(async () => {
  tdb = await createTestDatabase();
  programme = (await findProgrammeBySlug(tdb.database.db, 'klimaschutz'))!;
  topicLabels = (await listActiveTopics(tdb.database.db, programme.id)).map((t) => t.label);
});
afterAll(async () => tdb.drop());

const deps = () => ({ database: tdb.database, clock: clock.now, config: testConfig(), jobs: null });

async function importRecords(records: string[][], dryRun = false) {
  const topics = await listActiveTopics(tdb.database.db, programme.id);
  const checked = validateRows(
    records.slice(1).map((cells, i) => ({ row: i + 2, cells })),
    suggestMapping(records[0]!),
    { topics, fundingOptions: programme.fundingOptions, currentYear: 2026 },
  );
  const outcome = await runImport(deps(), {
    programme,
    rows: checked.valid,
    invalid: { rows: checked.invalidRows, issues: checked.issues },
    actorId: null,
    dryRun,
  });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.value;
}

const sample = (n: number, domain: string, change?: SampleOptions['change']) =>
  sampleRecords(n, { topics: topicLabels, domain, change });

async function countsFor(domain: string) {
  const db = tdb.database.db;
  const [u] = await db
    .select({ n: count() })
    .from(users)
    .where(like(users.email, `%@${domain}`));
  const [p] = await db
    .select({ n: count() })
    .from(participations)
    .innerJoin(users, eq(users.id, participations.userId))
    .where(like(users.email, `%@${domain}`));
  const [m] = await db
    .select({ n: count() })
    .from(outbox)
    .where(like(outbox.to, `%@${domain}`));
  const [e] = await db.select({ n: count() }).from(participationEvents);
  const [tk] = await db.select({ n: count() }).from(tokens).where(eq(tokens.purpose, 'invite'));
  return { users: u!.n, participations: p!.n, mails: m!.n, events: e!.n, tokens: tk!.n };
}

describe('runImport', () => {
  it('creates people with profile, participations, history and an invitation each', async () => {
    const summary = await importRecords(sample(10, 'neu.example'));
    expect(summary).toMatchObject({ created: 10, updated: 0, skipped: 0, invitations: 10, issueCount: 0 });
    // Sample roles cycle Mentee, Mentor*in, beides, mentee, Mentorin: 12 participations for 10 people.
    expect(await countsFor('neu.example')).toMatchObject({ users: 10, participations: 12, mails: 10 });
    const db = tdb.database.db;
    const [anna] = await db.select().from(users).where(eq(users.email, 'person3@neu.example'));
    expect(anna).toMatchObject({ passwordHash: null, name: 'Person 3 Beispiel' });
    expect(anna!.emailVerifiedAt).not.toBeNull();
    const [profile] = await db.select().from(profiles).where(eq(profiles.userId, anna!.id));
    expect(profile).toMatchObject({
      consentVersion: CONSENT_PENDING,
      bundesland: 'NW',
      organisationType: 'landkreis',
    });
    const parts = await db.select().from(participations).where(eq(participations.userId, anna!.id));
    expect(parts.map((p) => [p.role, p.status, p.capacity]).sort()).toEqual([
      ['mentee', 'registered', null],
      ['mentor', 'registered', 3],
    ]);
    expect(
      parts.every((p) => p.importedAt !== null && p.topicsNeeded.length + p.topicsOffered.length === 2),
    ).toBe(true);
    const [mail] = await db.select().from(outbox).where(eq(outbox.to, 'person3@neu.example'));
    expect(mail!.subject).toBe(`Einladung zu klimatandem: ${programme.name}`);
    // The agency with its article, as a sentence needs it.
    expect(mail!.text).toContain('Die Agentur für kommunalen Klimaschutz lädt Sie ein');
    expect(mail!.text).toContain('Dafür hat die Agentur für kommunalen Klimaschutz Ihre Angaben');
    expect(mail!.text).toMatch(/\/einladung\?token=[\w-]{43}/);
  });

  it('is idempotent: the same list again creates no one, sends nothing and updates changed values', async () => {
    const before = await countsFor('neu.example');
    const again = await importRecords(
      sample(10, 'neu.example', (i, row) => {
        if (i === 1) {
          row.Organisation = 'Stadtwerke Neustadt';
          row.Kapazität = '1';
          row.Name = 'Person 2 Umbenannt';
        }
      }),
    );
    expect(again).toMatchObject({ created: 0, updated: 10, skipped: 0, invitations: 0 });
    expect(await countsFor('neu.example')).toEqual(before);
    const db = tdb.database.db;
    const [bernd] = await db.select().from(users).where(eq(users.email, 'person2@neu.example'));
    expect(bernd!.name).toBe('Person 2 Umbenannt');
    const [profile] = await db.select().from(profiles).where(eq(profiles.userId, bernd!.id));
    expect(profile!.organisationName).toBe('Stadtwerke Neustadt');
    const [mentor] = await db
      .select()
      .from(participations)
      .where(and(eq(participations.userId, bernd!.id), eq(participations.role, 'mentor')));
    expect(mentor!.capacity).toBe(1);
  });

  it('writes nothing in a dry run, but tells what it would do', async () => {
    const before = await countsFor('probe.example');
    const summary = await importRecords(sample(5, 'probe.example'), true);
    expect(summary).toMatchObject({ dryRun: true, created: 5, updated: 0, invitations: 5 });
    expect(await countsFor('probe.example')).toEqual(before);
  });

  it('matches existing accounts by e-mail in any case, keeps their consent and status, and sends them nothing', async () => {
    const { user, participation } = await createParticipant(tdb.database.db, {
      email: 'Bestand@Kommune-Alt.example',
      role: 'mentor',
      status: 'accepted',
    });
    const summary = await importRecords(
      sample(1, 'x.example', (_i, row) => {
        row['E-Mail'] = 'bestand@kommune-alt.EXAMPLE';
        row.Rolle = 'Mentor*in';
        row.Kapazität = '3';
        row.Bundesland = '';
      }),
    );
    expect(summary).toMatchObject({ created: 0, updated: 1, invitations: 0 });
    const db = tdb.database.db;
    const parts = await db.select().from(participations).where(eq(participations.userId, user.id));
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({
      id: participation.id,
      status: 'accepted',
      capacity: 3,
      importedAt: null,
    });
    const [profile] = await db.select().from(profiles).where(eq(profiles.userId, user.id));
    // The empty Bundesland cell keeps the stored one; consent stays the person's own.
    expect(profile).toMatchObject({ bundesland: 'NW', consentVersion: '2026-01-01' });
    expect(await db.select().from(outbox).where(eq(outbox.to, user.email))).toEqual([]);
    const [again] = await db.select().from(users).where(eq(users.id, user.id));
    expect(again!.name).toBe(user.name);
  });

  it('skips a new person whose profile would lack a required value, and says which', async () => {
    const records = sample(2, 'luecke.example', (i, row) => {
      if (i === 1) {
        row.Bundesland = '';
        row.Einwohnerzahl = '';
      }
    });
    const summary = await importRecords(records);
    expect(summary).toMatchObject({ created: 1, skipped: 1 });
    expect(summary.issues.map((i) => [i.row, i.field, i.message])).toEqual([
      [3, 'bundesland', 'imports.issue.neededForNew'],
      [3, 'sizeClass', 'imports.issue.neededForNew'],
    ]);
    expect(records[0]).toEqual(SAMPLE_HEADERS);
  });
});
