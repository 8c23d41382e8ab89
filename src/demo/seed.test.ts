import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import {
  communitySearch,
  communityThreads,
  communityTips,
  goals,
  meetings,
  milestones,
  participations,
  programmes,
  supportCaseNotes,
  supportCases,
  TIP_STATES,
  tandemFeedback,
  tandems,
  timeEntries,
  todos,
  users,
} from '../db/schema/index.ts';
import { tandemFacts } from '../features/coordination/attention/queries.ts';
import { feedbackFigures, MIN_ANSWERS } from '../features/coordination/feedback/queries.ts';
import { demoPeople, seedDemo } from './seed.ts';

let tdb: TestDatabase;
const now = new Date('2026-11-20T09:00:00Z');
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => tdb.drop());

const count = async (table: typeof tandems | typeof meetings | typeof todos) =>
  (await tdb.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

describe('demo data', () => {
  it('creates fictitious people, all marked as demo, with accepted participations, and is idempotent', async () => {
    expect(await seedDemo(tdb.database, 'x'.repeat(40), now)).toBe(demoPeople.length);
    const before = {
      tandems: await count(tandems),
      meetings: await count(meetings),
      todos: await count(todos),
    };
    // A later start seeds nothing twice.
    expect(await seedDemo(tdb.database, 'x'.repeat(40), new Date(now.getTime() + 86_400_000))).toBe(
      demoPeople.length,
    );
    expect({
      tandems: await count(tandems),
      meetings: await count(meetings),
      todos: await count(todos),
    }).toEqual(before);
    const all = await tdb.database.db.select().from(users);
    expect(all.every((u) => u.isDemo)).toBe(true);
    const rows = await tdb.database.db
      .select()
      .from(participations)
      .where(eq(participations.status, 'accepted'));
    expect(rows).toHaveLength(demoPeople.filter((p) => p.kind === 'mentor' || p.kind === 'mentee').length);
  });

  it('has a tandem in each state, so that every screen shows something', async () => {
    const db = tdb.database.db;
    const pairs = await db.select().from(tandems);
    // The kick-off of Nowak and Berg is still ahead (the e2e journey starts there).
    expect(pairs.filter((p) => p.status === 'kickoff_pending')).toHaveLength(1);

    // Active, with meetings held and ahead, to-dos open and done, goals with milestones reached and celebrated.
    const active = pairs.filter((p) => p.status === 'active');
    expect(active.length).toBeGreaterThanOrEqual(3);
    const rich = [];
    for (const t of active) {
      const ms = await db.select().from(meetings).where(eq(meetings.tandemId, t.id));
      const ds = await db.select().from(todos).where(eq(todos.tandemId, t.id));
      const ml = await db.select().from(milestones).where(eq(milestones.tandemId, t.id));
      const gs = await db.select().from(goals).where(eq(goals.tandemId, t.id));
      if (
        ms.some((m) => m.status === 'held' && m.recap !== '') &&
        ms.some((m) => m.status === 'planned' && m.startsAt > now) &&
        ds.some((d) => d.doneAt) &&
        ds.some((d) => !d.doneAt) &&
        gs.length >= 2 &&
        ml.some((m) => m.celebratedAt) &&
        ml.some((m) => m.reachedAt && !m.celebratedAt) &&
        ml.some((m) => !m.reachedAt)
      ) {
        rich.push(t);
      }
    }
    expect(rich).toHaveLength(1);
    expect(await db.select().from(timeEntries).where(eq(timeEntries.tandemId, rich[0]!.id))).not.toEqual([]);

    // Stalled as the attention list sees it: escalated by the sweep, nothing held or planned since.
    const [klimaschutz] = await db.select().from(programmes).where(eq(programmes.slug, 'klimaschutz'));
    const facts = await tandemFacts(db, [klimaschutz!.id], now);
    const stalled = facts.filter((f) => f.needsAttention);
    expect(stalled).toHaveLength(1);
    expect(stalled[0]!.lastActivity.getTime()).toBeLessThan(now.getTime() - 12 * 7 * 86_400_000);

    // Ended as planned and ended early with a reason, both with feedback from both members.
    const planned = pairs.filter((p) => p.status === 'ended' && p.endKind === 'planned');
    const early = pairs.filter((p) => p.status === 'ended' && p.endKind === 'early');
    expect(planned.length).toBeGreaterThanOrEqual(1);
    expect(early).toHaveLength(1);
    expect(early[0]!.endReason).toContain('Stelle gewechselt');
    for (const t of [...planned, ...early]) {
      const answers = await db.select().from(tandemFeedback).where(eq(tandemFeedback.tandemId, t.id));
      expect(answers.map((a) => a.side).sort()).toEqual(['mentee', 'mentor']);
    }
    // Enough answers for the coordinators' feedback figures.
    const figures = await feedbackFigures(db, klimaschutz!.id);
    expect(figures.answers).toBeGreaterThanOrEqual(MIN_ANSWERS);
    expect('meanSatisfaction' in figures).toBe(true);

    // A support request from a member of an open tandem, being worked on with a recorded contact.
    const cases = await db
      .select()
      .from(supportCases)
      .innerJoin(tandems, eq(tandems.id, supportCases.tandemId))
      .where(and(isNotNull(supportCases.requesterId), eq(tandems.status, 'active')));
    expect(cases).toHaveLength(1);
    expect(cases[0]!.support_cases.status).toBe('in_progress');
    const notes = await db
      .select()
      .from(supportCaseNotes)
      .where(eq(supportCaseNotes.caseId, cases[0]!.support_cases.id));
    expect(notes.map((n) => n.kind)).toEqual(['contact']);
  });

  it('has Praxistipps in each review state; only the published are in the search', async () => {
    const db = tdb.database.db;
    const tips = await db.select().from(communityTips);
    expect(new Set(tips.map((tip) => tip.state))).toEqual(new Set(TIP_STATES));
    const proposal = tips.find((tip) => tip.state === 'proposed')!;
    expect(proposal.sourcePostId).not.toBeNull();
    expect(proposal.proposedBy).not.toBeNull();
    const indexed = await db.select().from(communitySearch).where(eq(communitySearch.kind, 'tip'));
    expect(indexed.filter((r) => r.visible).length).toBe(
      tips.filter((tip) => tip.state === 'published').length,
    );
  });

  it('has questions with and without a solution and a discussion, in each space, searchable', async () => {
    const db = tdb.database.db;
    const threads = await db.select().from(communityThreads);
    expect(threads.some((th) => th.solutionPostId !== null)).toBe(true);
    expect(threads.some((th) => th.kind === 'question' && th.solutionPostId === null)).toBe(true);
    expect(threads.some((th) => th.kind === 'discussion' && th.programmeId === null)).toBe(true);
    expect(new Set(threads.map((th) => th.programmeId)).size).toBe(3);
    expect((await db.select().from(communitySearch)).length).toBeGreaterThan(threads.length);
  });
});
