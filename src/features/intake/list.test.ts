import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { text } from '../../../test/helpers/client.ts';
import { createParticipant } from '../../../test/helpers/participants.ts';
import { coordinator, detailUrl } from '../../../test/support/intake.ts';

const t = useTestApp();

const rowsIn = (html: string) => (html.match(/name="auswahl"/g) ?? []).length;
const list = '/koordination/anmeldungen';

describe('the registrations list', () => {
  it("shows a coordinator only their programme's participants; others' details are 404", async () => {
    const own = await createParticipant(t.db, { name: 'Ida Eigen', organisationName: 'Sichtbarstadt' });
    const other = await createParticipant(t.db, {
      name: 'Otto Fremd',
      programme: 'klimaanpassung',
      organisationName: 'Sichtbarstadt Süd',
    });
    const { client } = await coordinator(t);
    const page = await client.get(`${list}?suche=Sichtbarstadt`);
    expect(page.statusCode).toBe(200);
    expect(text(page.body)).toContain('Ida Eigen');
    expect(text(page.body)).not.toContain('Otto Fremd');
    expect(page.body).toContain(`href="${detailUrl(own.participation.id)}"`);

    const foreign = await client.get(detailUrl(other.participation.id));
    expect(foreign.statusCode).toBe(404);
    expect(text(foreign.body)).toContain('Seite nicht gefunden');
    expect((await client.get(detailUrl('00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404);
    expect((await client.get(detailUrl('kein-uuid'))).statusCode).toBe(404);
    const note = await client.post(`${detailUrl(other.participation.id)}/notizen`, { notiz: 'x' });
    expect(note.statusCode).toBe(404);
  });

  it('lets a coordinator of two programmes filter by programme', async () => {
    await createParticipant(t.db, { name: 'Paula Schutz', organisationName: 'Zweiprogrammhausen' });
    await createParticipant(t.db, {
      name: 'Anton Anpassung',
      programme: 'klimaanpassung',
      organisationName: 'Zweiprogrammhausen',
    });
    const { client } = await coordinator(t, { both: true });
    const all = text((await client.get(`${list}?suche=Zweiprogrammhausen`)).body);
    expect(all).toContain('Paula Schutz');
    expect(all).toContain('Anton Anpassung');
    const form = await client.get(list);
    const anpassungId = /<option value="([0-9a-f-]{36})"[^>]*>Mentoring-Programm für Klimaanpassung/.exec(
      form.body,
    )?.[1];
    expect(anpassungId).toBeDefined();
    const filtered = text(
      (await client.get(`${list}?suche=Zweiprogrammhausen&programm=${anpassungId}`)).body,
    );
    expect(filtered).toContain('Anton Anpassung');
    expect(filtered).not.toContain('Paula Schutz');
  });

  it('filters by role, status, Bundesland and registration date, and counts per status', async () => {
    const org = 'Filterdorf';
    await createParticipant(t.db, { name: 'Mara Mentorin', role: 'mentor', organisationName: org });
    await createParticipant(t.db, {
      name: 'Ben Bayer',
      bundesland: 'BY',
      status: 'intake_held',
      organisationName: org,
    });
    await createParticipant(t.db, {
      name: 'Frida Frueh',
      status: 'intake_scheduled',
      organisationName: org,
      createdAt: new Date('2026-09-01T10:00:00Z'),
    });
    await createParticipant(t.db, { name: 'Nina Neu', organisationName: org });
    const { client } = await coordinator(t);
    const names = async (query: string) => {
      const res = await client.get(`${list}?suche=${org}&${query}`);
      expect(res.statusCode).toBe(200);
      return text(res.body);
    };
    const mentors = await names('rolle=mentor');
    expect(mentors).toContain('Mara Mentorin');
    expect(mentors).not.toContain('Nina Neu');
    const bavarians = await names('bundesland=BY');
    expect(bavarians).toContain('Ben Bayer');
    expect(bavarians).not.toContain('Mara Mentorin');
    const recent = await names('seit=2026-10-01');
    expect(recent).not.toContain('Frida Frueh');
    expect(recent).toContain('Nina Neu');
    expect(await names('seit=01.10.2026')).not.toContain('Frida Frueh');

    const held = await names('status=intake_held');
    expect(held).toContain('Ben Bayer');
    expect(held).not.toContain('Nina Neu');
    // Counts leave the status filter out but keep the others.
    expect(held).toContain('Alle: 4');
    expect(held).toContain('Angemeldet: 2');
    expect(held).toContain('Kennenlerngespräch geplant: 1');
    expect(held).toContain('Kennenlerngespräch geführt: 1');
    expect(held).toContain('Aufgenommen (im Matching-Pool): 0');
    expect(held).toContain('1 Treffer, Seite 1 von 1');
    expect(await names('rolle=mentor')).toContain('Angemeldet: 1');
  });

  it('searches name, organisation and email, with % and _ taken literally', async () => {
    await createParticipant(t.db, {
      name: 'Greta Gründlich',
      email: 'greta.suche@beispiel-kommune.de',
      organisationName: '100% Klimastadt',
    });
    await createParticipant(t.db, { name: 'Hans Hundert', organisationName: '1000 Klimastadt' });
    const { client } = await coordinator(t);
    const find = async (q: string) => text((await client.get(`${list}?suche=${encodeURIComponent(q)}`)).body);
    expect(await find('gründlich')).toContain('Greta Gründlich');
    expect(await find('greta.suche@beispiel')).toContain('Greta Gründlich');
    const percent = await find('100%');
    expect(percent).toContain('Greta Gründlich');
    expect(percent).not.toContain('Hans Hundert');
    expect(await find('10_0')).not.toContain('Hans Hundert');
    expect(await find('1000 Klima')).toContain('Hans Hundert');
  });

  it('pages through 50 at a time, keeping the filters', async () => {
    for (let i = 0; i < 60; i++) {
      await createParticipant(t.db, {
        name: `Seiten Person ${String(i).padStart(2, '0')}`,
        organisationName: 'Blätterstadt',
        createdAt: new Date(Date.UTC(2026, 9, 1, 8, i)),
      });
    }
    const { client } = await coordinator(t);
    const first = await client.get(`${list}?suche=Bl%C3%A4tterstadt`);
    expect(rowsIn(first.body)).toBe(50);
    expect(text(first.body)).toContain('60 Treffer, Seite 1 von 2');
    // Newest first.
    expect(text(first.body)).toContain('Seiten Person 59');
    expect(text(first.body)).not.toContain('Seiten Person 09');
    expect(first.body).toContain('href="/koordination/anmeldungen?suche=Bl%C3%A4tterstadt&amp;seite=2"');
    const second = await client.get(`${list}?suche=Bl%C3%A4tterstadt&seite=2`);
    expect(rowsIn(second.body)).toBe(10);
    expect(text(second.body)).toContain('Seite 2 von 2');
    expect(text(second.body)).toContain('Seiten Person 00');
    expect(text(second.body)).toContain('Vorherige Seite');
    // A page beyond the end shows the last one.
    expect(rowsIn((await client.get(`${list}?suche=Bl%C3%A4tterstadt&seite=9`)).body)).toBe(10);
  });

  it('reports a date that is not one next to the field, keeping what was typed (422)', async () => {
    const { client } = await coordinator(t);
    const res = await client.get(`${list}?seit=32.13.2026&suche=irgendwas`);
    expect(res.statusCode).toBe(422);
    const page = text(res.body);
    expect(page).toContain('Bitte korrigieren Sie 1 Angabe');
    expect(res.body.match(/Bitte geben Sie das Datum im Format TT\.MM\.JJJJ ein/g)).toHaveLength(2);
    expect(res.body).toContain('value="32.13.2026"');
    expect(res.body).toContain('value="irgendwas"');
    expect(res.body).toMatch(/<title>Fehler: Anmeldungen/);
  });
});
