import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { text } from '../../../test/helpers/client.ts';
import { createParticipant } from '../../../test/helpers/participants.ts';
import { coordinator, postPairs } from '../../../test/support/intake.ts';
import { participationEvents, participations } from '../../db/schema/index.ts';

const t = useTestApp();

const list = '/koordination/anmeldungen';
const bulk = `${list}/sammelaktion`;

describe('accepting several after their calls', () => {
  it('accepts those whose call is held and reports the others', async () => {
    const held = await Promise.all(
      ['Anna Alpha', 'Bernd Beta', 'Clara Gamma'].map((name) =>
        createParticipant(t.db, { name, status: 'intake_held', organisationName: 'Sammelstadt' }),
      ),
    );
    const waiting = await createParticipant(t.db, {
      name: 'Dora Delta',
      status: 'intake_scheduled',
      organisationName: 'Sammelstadt',
    });
    const foreign = await createParticipant(t.db, {
      name: 'Egon Fremd',
      status: 'intake_held',
      programme: 'klimaanpassung',
    });
    const { user, client } = await coordinator(t, { name: 'Bea Bulk' });
    const page = await client.get(`${list}?suche=Sammelstadt&status=intake_held`);
    for (const h of held) expect(page.body).toContain(`value="${h.participation.id}"`);
    expect(page.body).toContain('name="zurueck" value="/koordination/anmeldungen?status=intake_held');

    const ids = [...held, waiting, foreign].map((p) => p.participation.id);
    const res = await postPairs(client, bulk, [
      ...ids.map((id): [string, string] => ['auswahl', id]),
      ['zurueck', '/koordination/anmeldungen?suche=Sammelstadt'],
    ]);
    expect(res.statusCode).toBe(200);
    const result = text(res.body);
    expect(result).toContain('In den Matching-Pool aufgenommen: 3');
    expect(result).toContain('Anna Alpha');
    expect(result).toContain('Nicht aufgenommen: 1');
    expect(result).toContain('Dora Delta – Kennenlerngespräch geplant');
    // Another programme's participation is neither changed nor named.
    expect(result).not.toContain('Egon Fremd');
    expect(res.body).toContain('href="/koordination/anmeldungen?suche=Sammelstadt"');

    const rows = await t.db.select().from(participations).where(inArray(participations.id, ids));
    const status = Object.fromEntries(rows.map((r) => [r.id, r.status]));
    for (const h of held) expect(status[h.participation.id]).toBe('accepted');
    expect(status[waiting.participation.id]).toBe('intake_scheduled');
    expect(status[foreign.participation.id]).toBe('intake_held');
    const events = await t.db
      .select()
      .from(participationEvents)
      .where(eq(participationEvents.actorId, user.id));
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.fromStatus === 'intake_held' && e.toStatus === 'accepted')).toBe(true);

    // Sent twice (a reload): nothing changes again.
    const again = await postPairs(
      client,
      bulk,
      ids.map((id): [string, string] => ['auswahl', id]),
    );
    expect(text(again.body)).toContain('In den Matching-Pool aufgenommen: 0');
    expect(text(again.body)).toContain('Nicht aufgenommen: 4');
  });

  it('asks for a selection when none was made (422), keeping the filters', async () => {
    await createParticipant(t.db, { name: 'Leo Leer', organisationName: 'Leerdorf' });
    const { client } = await coordinator(t);
    const res = await client.post(bulk, { zurueck: '/koordination/anmeldungen?suche=Leerdorf' });
    expect(res.statusCode).toBe(422);
    expect(res.body.match(/Bitte wählen Sie mindestens eine Person aus\./g)).toHaveLength(2);
    expect(text(res.body)).toContain('Leo Leer');
    expect(res.body).toContain('value="Leerdorf"');
  });
});
