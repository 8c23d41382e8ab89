import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { text } from '../../../test/helpers/client.ts';
import { coordinator } from '../../../test/support/intake.ts';
import { matchingUrl, poolMember } from '../../../test/support/matching.ts';
import { matchingRounds, matchProposals, participations } from '../../db/schema/index.ts';

const t = useTestApp();

const roundIdOf = (location: unknown) => String(location).split('/').pop()!;

/** Three mentees and two mentors (one with two places); the obvious greedy choice is not optimal. */
async function cohort(prefix: string) {
  const a = await poolMember(t, { name: `${prefix} Anna`, bundesland: 'BY', topicIndexes: [0, 1, 2] });
  const b = await poolMember(t, { name: `${prefix} Ben`, bundesland: 'BY', topicIndexes: [0, 1] });
  const c = await poolMember(t, { name: `${prefix} Cem`, bundesland: 'SN', topicIndexes: [5] });
  const m1 = await poolMember(t, {
    role: 'mentor',
    name: `${prefix} Mentorin Eins`,
    bundesland: 'BY',
    topicIndexes: [0, 1, 2],
    capacity: 1,
  });
  const m2 = await poolMember(t, {
    role: 'mentor',
    name: `${prefix} Mentor Zwei`,
    bundesland: 'SN',
    topicIndexes: [0, 1, 5],
    capacity: 2,
  });
  return { a, b, c, m1, m2 };
}

describe('matching rounds', () => {
  it('computes a draft with figures beside the greedy assignment, then publishes every pair as a proposal', async () => {
    const people = await cohort('R1');
    const { client } = await coordinator(t);

    const invalid = await client.post(`${matchingUrl}/runden`, { modus: 'score', mindestpunktzahl: '120' });
    expect(invalid.statusCode).toBe(422);
    expect(text(invalid.body)).toContain('Bitte geben Sie als Mindestpunktzahl eine Zahl von 0 bis 100 an.');

    const started = await client.post(`${matchingUrl}/runden`, {
      modus: 'participation',
      mindestpunktzahl: '10',
    });
    expect(started.statusCode).toBe(303);
    const id = roundIdOf(started.headers.location);
    await t.app.matchingRounds.settled(id);

    const page = text((await client.get(String(started.headers.location))).body);
    expect(page).toContain('Status: Entwurf');
    expect(page).toContain('Gebildete Paare 3 3');
    expect(page).toContain('Optimale Zuordnung');
    expect(page).toContain('Einfache Zuordnung (beste Paare zuerst)');
    expect(page).toContain('Paare der Runde: 3');
    const [round] = await t.db.select().from(matchingRounds).where(eq(matchingRounds.id, id));
    expect(round!.result!.exact.matched).toBe(3);
    expect(round!.result!.exact.total).toBeGreaterThanOrEqual(round!.result!.greedy.total);
    const pairOf = (menteeId: string) => round!.result!.pairs.find((p) => p.menteeId === menteeId)?.mentorId;
    expect(pairOf(people.c.participation.id)).toBe(people.m2.participation.id);

    const published = await client.post(`${String(started.headers.location)}/veroeffentlichen`, {});
    expect(published.statusCode).toBe(303);
    const proposals = await t.db.select().from(matchProposals).where(eq(matchProposals.roundId, id));
    expect(proposals).toHaveLength(3);
    expect(text((await client.get(String(started.headers.location))).body)).toContain(
      'Status: Veröffentlicht',
    );

    // Publishing twice sends nothing twice.
    const again = await client.post(`${String(started.headers.location)}/veroeffentlichen`, {});
    expect(again.statusCode).toBe(409);
    expect(await t.db.select().from(matchProposals).where(eq(matchProposals.roundId, id))).toHaveLength(3);
  });

  it('keeps locked pairs and leaves out removed pairs when run again', async () => {
    // A fresh programme pool: retire everyone from the previous test.
    await t.db.update(participations).set({ status: 'withdrawn' });
    const p = await cohort('R2');
    const { client } = await coordinator(t);
    const started = await client.post(`${matchingUrl}/runden`, { modus: 'score', mindestpunktzahl: '0' });
    const url = String(started.headers.location);
    const id = roundIdOf(url);
    await t.app.matchingRounds.settled(id);
    const [before] = await t.db.select().from(matchingRounds).where(eq(matchingRounds.id, id));
    const first = before!.result!.pairs;
    const annaWith = first.find((x) => x.menteeId === p.a.participation.id)!.mentorId;
    // Lock Anna with the mentor she did NOT get, remove Ben's pair.
    const other = annaWith === p.m1.participation.id ? p.m2.participation.id : p.m1.participation.id;
    const benWith = first.find((x) => x.menteeId === p.b.participation.id)!.mentorId;

    const rerun = await client.post(`${url}/neu-berechnen`, {
      fixieren: `${p.a.participation.id}:${other}`,
      entfernen: `${p.b.participation.id}:${benWith}`,
    });
    expect(rerun.statusCode).toBe(303);
    await t.app.matchingRounds.settled(id);
    const [after] = await t.db.select().from(matchingRounds).where(eq(matchingRounds.id, id));
    const pairs = after!.result!.pairs;
    expect(pairs.find((x) => x.menteeId === p.a.participation.id)).toMatchObject({
      mentorId: other,
      locked: true,
    });
    expect(pairs.find((x) => x.menteeId === p.b.participation.id)?.mentorId).not.toBe(benWith);
    const page = text((await client.get(url)).body);
    expect(page).toContain('(fixiert)');
  });

  it('publishes nothing when the pool changed since the computation', async () => {
    await t.db.update(participations).set({ status: 'withdrawn' });
    const p = await cohort('R3');
    const { client } = await coordinator(t);
    const started = await client.post(`${matchingUrl}/runden`, { modus: 'score', mindestpunktzahl: '0' });
    const url = String(started.headers.location);
    await t.app.matchingRounds.settled(roundIdOf(url));
    // Meanwhile a coordinator proposes Anna directly.
    const direct = await client.post(`${matchingUrl}/mentees/${p.a.participation.id}/vorschlag`, {
      mentor: p.m1.participation.id,
    });
    expect(direct.statusCode).toBe(303);
    const res = await client.post(`${url}/veroeffentlichen`, {});
    expect(res.statusCode).toBe(409);
    expect(text(res.body)).toContain('Der Pool hat sich seit der Berechnung geändert');
    expect(
      await t.db
        .select()
        .from(matchProposals)
        .where(eq(matchProposals.roundId, roundIdOf(url))),
    ).toHaveLength(0);
  });

  it('names why a mentee stays unmatched, and a discarded draft cannot be published', async () => {
    await t.db.update(participations).set({ status: 'withdrawn' });
    await poolMember(t, { name: 'R4 Einsam', bundesland: 'HB', formats: ['email'] });
    await poolMember(t, { role: 'mentor', name: 'R4 Mentor', bundesland: 'BY', topicIndexes: [1] });
    const { client } = await coordinator(t);
    const started = await client.post(`${matchingUrl}/runden`, { modus: 'score', mindestpunktzahl: '50' });
    const url = String(started.headers.location);
    await t.app.matchingRounds.settled(roundIdOf(url));
    const page = text((await client.get(url)).body);
    expect(page).toContain('R4 Einsam Keine zulässige Mentor*in mit mindestens 50 Punkten');
    expect((await client.post(`${url}/verwerfen`, {})).statusCode).toBe(303);
    expect((await client.post(`${url}/veroeffentlichen`, {})).statusCode).toBe(409);
  });

  it("answers 404 for an unknown round and for another programme's round", async () => {
    const { client } = await coordinator(t);
    expect((await client.get(`${matchingUrl}/runden/00000000-0000-0000-0000-000000000000`)).statusCode).toBe(
      404,
    );
    expect((await client.get(`${matchingUrl}/runden/nicht-da`)).statusCode).toBe(404);
  });
});
