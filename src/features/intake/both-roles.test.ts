import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { TestClient, text } from '../../../test/helpers/client.ts';
import { mailsTo } from '../../../test/helpers/factories.ts';
import { coordinator, detailUrl, postPairs } from '../../../test/support/intake.ts';
import { registerThroughForm } from '../../../test/support/registration.ts';
import { participations, users } from '../../db/schema/index.ts';

const t = useTestApp();

const list = '/koordination/anmeldungen';

/** Registers through the form as mentee and mentor at once; the two participations, mentee first. */
async function registerBoth(name: string, email: string, ip: string) {
  await registerThroughForm(t, new TestClient(t.app, ip), { name, email, role: 'beides' });
  const [user] = await t.db.select().from(users).where(eq(users.email, email));
  const rows = await t.db.select().from(participations).where(eq(participations.userId, user!.id));
  const byRole = Object.fromEntries(rows.map((r) => [r.role, r]));
  return { mentee: byRole.mentee!, mentor: byRole.mentor! };
}

describe('a registration as mentee and mentor ("Beides")', () => {
  it('is one mail to the person and one row in the list, naming both roles', async () => {
    const { mentee, mentor } = await registerBoth('Berta Beides', 'berta.beides@example.org', '10.40.0.1');
    const mails = await mailsTo(t.db, 'berta.beides@example.org');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('als Mentee und Mentor*in');

    const { client } = await coordinator(t);
    const res = await client.get(`${list}?suche=berta.beides`);
    const page = text(res.body);
    expect(page).toContain('Alle: 1');
    expect(page).toContain('Angemeldet: 1');
    expect(page).toContain('1 Treffer, Seite 1 von 1');
    expect(page.match(/Berta Beides berta\.beides@example\.org/g)).toHaveLength(1);
    expect(page).toContain('Mentee und Mentor*in');
    expect(res.body.match(/href="\/koordination\/anmeldungen\/[0-9a-f-]{36}"/g)).toHaveLength(1);
    // The bulk acceptance still decides per role: one box each, named by person and role.
    expect(res.body).toContain(`value="${mentee.id}"`);
    expect(res.body).toContain(`value="${mentor.id}"`);
    expect(page).toContain('Berta Beides als Mentor*in auswählen');
    // A role filter finds the registration and still shows both roles.
    expect(text((await client.get(`${list}?suche=berta.beides&rolle=mentor`)).body)).toContain(
      'Mentee und Mentor*in',
    );
  });

  it('has one detail page and one intake call for both roles, and a decision per role', async () => {
    const { mentee, mentor } = await registerBoth('Dora Doppel', 'dora.doppel@example.org', '10.40.0.2');
    const { client } = await coordinator(t, { name: 'Klara Koordinatorin' });
    const page = async (id = mentee.id) => text((await client.get(detailUrl(id))).body);
    const first = await page();
    expect(first).toContain('Anmeldung von Dora Doppel');
    expect(first).toContain('Mentee und Mentor*in im Programm');
    expect(first).toContain('Mentee: Angemeldet, Mentor*in: Angemeldet');
    for (const part of ['Angaben als Mentee', 'Angaben als Mentor*in', 'Status und Verlauf als Mentor*in']) {
      expect(first).toContain(part);
    }
    expect(first).toContain('Ein Gespräch für alle Rollen der Person (Mentee und Mentor*in)');
    // The mentor's id opens the same registration.
    expect(await page(mentor.id)).toContain('Mentee: Angemeldet, Mentor*in: Angemeldet');

    // One call for both: planned once, one invitation naming both roles.
    const url = detailUrl(mentee.id);
    expect(
      (await client.post(`${url}/kennenlerngespraech`, { datum: '2026-12-03', uhrzeit: '14:30' })).statusCode,
    ).toBe(303);
    const invitations = (await mailsTo(t.db, 'dora.doppel@example.org')).filter(
      (m) => m.template === 'intake.scheduled',
    );
    expect(invitations).toHaveLength(1);
    expect(invitations[0]!.text).toContain('über Ihre Anmeldung als Mentee und Mentor*in');
    expect(await statuses(mentee.id, mentor.id)).toEqual(['intake_scheduled', 'intake_scheduled']);
    expect(await page()).toContain(
      'Mentee: Kennenlerngespräch geplant, Mentor*in: Kennenlerngespräch geplant',
    );

    expect((await client.post(`${url}/notizen`, { notiz: 'Beide Rollen passen gut' })).statusCode).toBe(303);
    expect(await page(mentor.id)).toContain('Beide Rollen passen gut');
    expect((await client.post(`${url}/status`, { status: 'intake_held' })).statusCode).toBe(303);
    expect(await statuses(mentee.id, mentor.id)).toEqual(['intake_held', 'intake_held']);

    // The decision, per role, on the same page.
    const held = await page();
    expect(held).toContain('Als Mentee in den Matching-Pool aufnehmen');
    expect(held).toContain('Als Mentor*in in den Matching-Pool aufnehmen');
    expect(held).toContain('Für welche Rolle gilt die Absage?');
    expect((await client.post(`${detailUrl(mentee.id)}/status`, { status: 'accepted' })).statusCode).toBe(
      303,
    );
    expect(await statuses(mentee.id, mentor.id)).toEqual(['accepted', 'intake_held']);
    const unsure = await client.post(`${url}/absage`, { mailtext: 'Als Mentorin noch zu früh.' });
    expect(unsure.statusCode).toBe(303); // Only the mentor role is still open: the form names it.
    expect(await statuses(mentee.id, mentor.id)).toEqual(['accepted', 'not_eligible']);
    const declines = (await mailsTo(t.db, 'dora.doppel@example.org')).filter(
      (m) => m.template === 'intake.declined',
    );
    expect(declines).toHaveLength(1);
    expect(declines[0]!.text).toContain('Als Mentorin noch zu früh.');
    expect(declines[0]!.text).toContain('Diese Nachricht betrifft Ihre Anmeldung als Mentor*in.');
    const done = await page();
    expect(done).toContain('Mentee: Aufgenommen (im Matching-Pool), Mentor*in: Nicht teilnahmeberechtigt');
    expect(done).toContain('Passende Mentor*innen mit Begründung ansehen');
  });

  it('asks which role a decline is for while both are open, and declines both with one mail', async () => {
    const { mentee, mentor } = await registerBoth('Rolf Rollen', 'rolf.rollen@example.org', '10.40.0.3');
    const { client } = await coordinator(t);
    const url = detailUrl(mentor.id);
    const none = await client.post(`${url}/absage`, { mailtext: 'Leider nicht.' });
    expect(none.statusCode).toBe(422);
    expect(text(none.body)).toContain('Bitte wählen Sie, für welche Rolle die Absage gilt.');
    expect(await statuses(mentee.id, mentor.id)).toEqual(['registered', 'registered']);

    const res = await postPairs(
      client,
      `${url}/absage`,
      [
        ['rollen', 'mentee'],
        ['rollen', 'mentor'],
        ['mailtext', 'Leider gehören Sie nicht zur Zielgruppe.'],
      ],
      url,
    );
    expect(res.statusCode).toBe(303);
    expect(await statuses(mentee.id, mentor.id)).toEqual(['not_eligible', 'not_eligible']);
    const declines = (await mailsTo(t.db, 'rolf.rollen@example.org')).filter(
      (m) => m.template === 'intake.declined',
    );
    expect(declines).toHaveLength(1);
    expect(declines[0]!.text).toContain('Ihre Anmeldung als Mentee und Mentor*in');
  });

  it('names the role in the bulk acceptance when both of a person’s roles were selected', async () => {
    const { mentee, mentor } = await registerBoth('Sam Sammel', 'sam.sammel@example.org', '10.40.0.4');
    const { client } = await coordinator(t);
    const url = detailUrl(mentee.id);
    await client.post(`${url}/kennenlerngespraech`, { datum: '2026-12-03', uhrzeit: '09:00' });
    await client.post(`${url}/status`, { status: 'intake_held' });
    const res = await postPairs(client, `${list}/sammelaktion`, [
      ['auswahl', mentee.id],
      ['auswahl', mentor.id],
    ]);
    const result = text(res.body);
    expect(result).toContain('In den Matching-Pool aufgenommen: 2');
    expect(result).toContain('Sam Sammel (Mentee)');
    expect(result).toContain('Sam Sammel (Mentor*in)');
    expect(await statuses(mentee.id, mentor.id)).toEqual(['accepted', 'accepted']);
  });
});

async function statuses(...ids: string[]) {
  const rows = await t.db.select().from(participations).where(inArray(participations.id, ids));
  return ids.map((id) => rows.find((r) => r.id === id)?.status);
}
