import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { text } from '../../../test/helpers/client.ts';
import { coordinator } from '../../../test/support/intake.ts';
import { matchingUrl, poolMember } from '../../../test/support/matching.ts';
import { matchProposals, participations, tandems } from '../../db/schema/index.ts';
import { loadPool } from './queries.ts';

const t = useTestApp();

const DAY = 86_400_000;

/** The mentee's tandem with the mentor ended for a re-match: priority set, as the case work does. */
async function rematched(
  menteeId: string,
  mentorId: string,
  programmeId: string,
  priorityAt: Date,
): Promise<void> {
  await t.db.insert(tandems).values({
    programmeId,
    menteeParticipationId: menteeId,
    mentorParticipationId: mentorId,
    status: 'ended',
    endKind: 'rematch',
    createdAt: new Date(priorityAt.getTime() - 60 * DAY),
    activatedAt: new Date(priorityAt.getTime() - 60 * DAY),
    endedAt: priorityAt,
  });
  await t.db.update(participations).set({ priorityAt }).where(eq(participations.id, menteeId));
}

describe('mentees back from a re-match', () => {
  it('come first in the pool (the oldest priority first), marked, and never meet their former mentor again', async () => {
    const early = await poolMember(t, { name: 'Erna Erstgemeldet', topicIndexes: [0] });
    const later = await poolMember(t, { name: 'Lena Später', topicIndexes: [0] });
    const first = await poolMember(t, { name: 'Fritz Frühvorrang', topicIndexes: [0] });
    const former = await poolMember(t, { role: 'mentor', name: 'Ferdinand Früher', topicIndexes: [0] });
    const other = await poolMember(t, { role: 'mentor', name: 'Olga Offen', topicIndexes: [0] });
    const programme = early.programme;
    const now = t.clock.now().getTime();
    await rematched(later.participation.id, former.participation.id, programme.id, new Date(now - DAY));
    await rematched(first.participation.id, other.participation.id, programme.id, new Date(now - 3 * DAY));

    const pool = await loadPool(t.db, programme);
    expect(pool.mentees.map((m) => m.id)).toEqual([
      first.participation.id,
      later.participation.id,
      early.participation.id,
    ]);
    expect(pool.declined).toContainEqual([later.participation.id, former.participation.id]);

    const { client } = await coordinator(t);
    const overview = text((await client.get(matchingUrl)).body);
    expect(overview).toContain(
      'Mentees im Matching-Pool: zuerst die mit Vorrang nach einer Neuvermittlung, dann in der Reihenfolge ihrer Anmeldung',
    );
    expect(overview).toContain('Vorschläge für Fritz Frühvorrang Vorrang (neu zu vermitteln)');
    expect(overview).toContain('Vorschläge für Lena Später Vorrang (neu zu vermitteln)');
    expect(overview).not.toContain('Vorschläge für Erna Erstgemeldet Vorrang');
    expect(overview.indexOf('Fritz Frühvorrang')).toBeLessThan(overview.indexOf('Lena Später'));
    expect(overview.indexOf('Lena Später')).toBeLessThan(overview.indexOf('Erna Erstgemeldet'));

    const suggestions = text((await client.get(`${matchingUrl}/mentees/${later.participation.id}`)).body);
    expect(suggestions).toContain('Vorrang (neu zu vermitteln)');
    expect(suggestions).toContain('Olga Offen:');
    expect(suggestions).not.toContain('Ferdinand Früher:');
    const plain = text((await client.get(`${matchingUrl}/mentees/${early.participation.id}`)).body);
    expect(plain).not.toContain('Vorrang (neu zu vermitteln)');
    expect(plain).toContain('Ferdinand Früher:');

    // Picked by hand, the former pair is refused like a declined one: no proposal is made.
    const refused = await client.post(`${matchingUrl}/mentees/${later.participation.id}/vorschlag`, {
      mentor: former.participation.id,
      begruendung: 'Neuer Versuch',
    });
    expect(refused.statusCode).toBe(409);
    expect(text(refused.body)).toContain('Dieses Paar ist nicht zulässig.');
    const made = await t.db
      .select()
      .from(matchProposals)
      .where(eq(matchProposals.menteeParticipationId, later.participation.id));
    expect(made).toEqual([]);
  });
});
