import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { linkIn, mailsTo } from '../../../../test/helpers/factories.ts';
import { createTandem } from '../../../../test/support/tandems.ts';
import {
  DAY,
  insertMeeting,
  meetingRow,
  planFields,
  planVia,
} from '../../../../test/support/tandems-meetings.ts';
import { meetings, tandems } from '../../../db/schema/index.ts';

const t = useTestApp();

const templates = async (email: string) => (await mailsTo(t.db, email)).map((m) => m.template);

describe('planning a meeting', () => {
  it('plans it in German time and tells both members by mail, without the place', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const form = await pair.menteeBrowser.get(`/tandems/${pair.id}/treffen`);
    expect(form.statusCode).toBe(200);
    expect(text(form.body)).toContain('Treffen planen');
    expect(text(form.body)).toContain('Kontakt per Telefon oder E-Mail festhalten');

    const res = await pair.menteeBrowser.post(`/tandems/${pair.id}/treffen`, planFields());
    expect(res.statusCode).toBe(303);
    const id = String(res.headers.location).split('/').pop()!;
    expect(res.headers.location).toBe(`/tandems/${pair.id}/treffen/${id}`);
    const row = await meetingRow(t, id);
    expect(row).toMatchObject({
      kind: 'meeting',
      status: 'planned',
      durationMinutes: 60,
      format: 'online',
      location: 'https://konferenz.example/raum-7',
      sequence: 0,
      createdBy: pair.mentee.user.id,
    });
    expect(row.startsAt.toISOString()).toBe('2026-12-03T13:30:00.000Z');

    const page = text((await pair.menteeBrowser.get(res.headers.location as string)).body);
    expect(page).toContain('Das Treffen ist geplant. Sie beide erhalten eine E-Mail mit dem Termin.');
    expect(page).toContain('Treffen am Donnerstag, 3. Dezember 2026');
    expect(page).toContain('Donnerstag, 3. Dezember 2026, 14:30 Uhr');
    expect(page).toContain('https://konferenz.example/raum-7');
    expect(page).toContain('60 Minuten');

    for (const person of [pair.mentee, pair.mentor]) {
      const [mail] = await mailsTo(t.db, person.user.email);
      expect(mail!.template).toBe('tandems.meetings.planned');
      expect(mail!.subject).toBe('Neues Tandem-Treffen am Donnerstag, 3. Dezember 2026');
      expect(mail!.text).toContain('ist ein Treffen geplant: am Donnerstag, 3. Dezember 2026 um 14:30 Uhr.');
      expect(mail!.text).toContain('enthält diese E-Mail keine Inhalte');
      expect(linkIn(mail!.text, '/tandems/')).toBe(`/tandems/${pair.id}/treffen/${id}`);
      expect(JSON.stringify(mail)).not.toContain('konferenz.example');
      expect(mail!.attachments).toBeNull();
    }
  });

  it('keeps what was typed and names the problem in German (422)', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const url = `/tandems/${pair.id}/treffen`;
    const cases: [Record<string, string>, string][] = [
      [{ datum: '31.02.2026' }, 'Bitte geben Sie das Datum des Treffens im Format TT.MM.JJJJ ein'],
      [{ datum: '' }, 'Bitte geben Sie das Datum des Treffens ein.'],
      [{ uhrzeit: '25:00' }, 'Bitte geben Sie die Uhrzeit des Treffens im Format HH:MM ein'],
      [{ dauer: '99999999999999' }, 'Bitte geben Sie die Dauer des Treffens in ganzen Minuten ein'],
      [{ dauer: '0' }, 'Bitte geben Sie die Dauer des Treffens in ganzen Minuten ein'],
      [{ format: 'brieftaube' }, 'Bitte wählen Sie, wie Sie sich treffen.'],
      [{ ort: 'x'.repeat(501) }, 'Ort oder Link darf höchstens 500 Zeichen lang sein.'],
    ];
    for (const [over, message] of cases) {
      const res = await pair.mentorBrowser.post(url, planFields({ ort: 'Bibliothek am Markt', ...over }));
      expect([over, res.statusCode]).toEqual([over, 422]);
      const page = text(res.body);
      expect(page).toContain(message);
      expect(res.body).toContain('<title>Fehler: Treffen planen');
      if (!over.ort) expect(res.body).toContain('value="Bibliothek am Markt"');
    }
    expect(await t.db.select().from(meetings).where(eq(meetings.tandemId, pair.id))).toEqual([]);
  });

  it('records a meeting that already happened directly: held, no mail, on to its record, its time to log', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const res = await pair.mentorBrowser.post(
      `/tandems/${pair.id}/treffen`,
      planFields({ datum: '2026-11-19', uhrzeit: '10:00', dauer: '45' }),
    );
    expect(res.statusCode).toBe(303);
    const [row] = await t.db.select().from(meetings).where(eq(meetings.tandemId, pair.id));
    expect(row).toMatchObject({ status: 'held', kind: 'meeting', durationMinutes: 45 });
    expect(row!.recordedBy).toBe(pair.mentor.user.id);
    expect(res.headers.location).toBe(`/tandems/${pair.id}/treffen/${row!.id}/protokoll`);
    expect(await mailsTo(t.db, pair.mentee.user.email)).toEqual([]);
    const record = await pair.mentorBrowser.get(String(res.headers.location));
    expect(record.statusCode).toBe(200);
    expect(text(record.body)).toContain('Das Treffen ist nachgetragen');
    const workspace = text((await pair.mentorBrowser.get(`/tandems/${pair.id}`)).body);
    expect(workspace).toMatch(/19\.11\.2026, 10:00 Uhr Treffen Online Stattgefunden/);
    expect(workspace).toContain('Zeit für das Treffen am 19.11.2026 erfassen');
    expect(workspace).toContain('Zurzeit ist kein Treffen geplant.');
  });

  it('changes a meeting: SEQUENCE up, reminder re-armed, both told the new date', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const id = await planVia(pair.menteeBrowser, pair.id);
    await t.db.update(meetings).set({ remindedAt: t.clock.now() }).where(eq(meetings.id, id));

    // Only the place: a new SEQUENCE, but the reminder for the same day stays sent.
    let res = await pair.mentorBrowser.post(
      `/tandems/${pair.id}/treffen/${id}`,
      planFields({ ort: 'Raum 3' }),
    );
    expect(res.statusCode).toBe(303);
    expect(await meetingRow(t, id)).toMatchObject({
      sequence: 1,
      location: 'Raum 3',
      remindedAt: t.clock.now(),
    });

    res = await pair.mentorBrowser.post(
      `/tandems/${pair.id}/treffen/${id}`,
      planFields({ ort: 'Raum 3', datum: '4.12.2026', uhrzeit: '09:15' }),
    );
    expect(res.statusCode).toBe(303);
    const row = await meetingRow(t, id);
    expect(row).toMatchObject({ sequence: 2, remindedAt: null });
    expect(row.startsAt.toISOString()).toBe('2026-12-04T08:15:00.000Z');
    const [mail] = await mailsTo(t.db, pair.mentee.user.email);
    expect(mail!.subject).toBe('Geändert: Tandem-Treffen am Freitag, 4. Dezember 2026');
    expect(mail!.text).toContain('Es findet jetzt am Freitag, 4. Dezember 2026 um 09:15 Uhr statt.');
    expect(mail!.text).not.toContain('Raum 3');

    // The same again: nothing changes, nobody is mailed.
    res = await pair.mentorBrowser.post(
      `/tandems/${pair.id}/treffen/${id}`,
      planFields({ ort: 'Raum 3', datum: '2026-12-04', uhrzeit: '09:15' }),
    );
    expect(res.statusCode).toBe(303);
    expect(text((await pair.mentorBrowser.get(`/tandems/${pair.id}/treffen/${id}`)).body)).toContain(
      'Sie haben nichts geändert.',
    );
    expect((await meetingRow(t, id)).sequence).toBe(2);
    expect(await templates(pair.mentor.user.email)).toEqual([
      'tandems.meetings.changed',
      'tandems.meetings.changed',
      'tandems.meetings.planned',
    ]);

    // A bad edit keeps the input and shows the form open.
    res = await pair.mentorBrowser.post(
      `/tandems/${pair.id}/treffen/${id}`,
      planFields({ uhrzeit: '9 Uhr' }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('value="9 Uhr"');
    expect(text(res.body)).toContain('Bitte geben Sie die Uhrzeit des Treffens im Format HH:MM ein');
  });

  it('cancels a meeting: it stays in the history, both are told, it cannot be changed afterwards', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const id = await planVia(pair.mentorBrowser, pair.id);
    // Not with one click: the meeting page links to a question, which asks before anything happens.
    const meetingPage = await pair.menteeBrowser.get(`/tandems/${pair.id}/treffen/${id}`);
    expect(meetingPage.body).not.toContain(`action="/tandems/${pair.id}/treffen/${id}/absage"`);
    expect(meetingPage.body).toContain(`href="/tandems/${pair.id}/treffen/${id}/absage"`);
    const question = await pair.menteeBrowser.get(`/tandems/${pair.id}/treffen/${id}/absage`);
    expect(question.statusCode).toBe(200);
    expect(text(question.body)).toContain(
      'Möchten Sie das Treffen am Donnerstag, 3. Dezember 2026 um 14:30 Uhr wirklich absagen?',
    );
    expect(question.body).toContain(`action="/tandems/${pair.id}/treffen/${id}/absage"`);
    expect(question.body).toContain(`href="/tandems/${pair.id}/treffen/${id}"`);
    expect(text(question.body)).toContain('Nein, zurück zum Treffen');
    expect((await meetingRow(t, id)).status).toBe('planned');
    const res = await pair.menteeBrowser.post(`/tandems/${pair.id}/treffen/${id}/absage`);
    expect(res.statusCode).toBe(303);
    expect(await meetingRow(t, id)).toMatchObject({ status: 'cancelled', sequence: 1 });
    const [mail] = await mailsTo(t.db, pair.mentor.user.email);
    expect(mail!.subject).toBe('Abgesagt: Tandem-Treffen am Donnerstag, 3. Dezember 2026');
    expect(mail!.text).toContain('am Donnerstag, 3. Dezember 2026 um 14:30 Uhr wurde abgesagt.');

    const page = text((await pair.mentorBrowser.get(`/tandems/${pair.id}/treffen/${id}`)).body);
    expect(page).toContain('Dieses Treffen wurde abgesagt.');
    expect(page).not.toContain('Treffen absagen');
    const workspace = text((await pair.mentorBrowser.get(`/tandems/${pair.id}`)).body);
    expect(workspace).toContain('Bisherige Treffen und Kontakte');
    expect(workspace).toMatch(/03\.12\.2026, 14:30 Uhr Treffen Online Abgesagt/);

    const again = await pair.mentorBrowser.post(`/tandems/${pair.id}/treffen/${id}`, planFields());
    expect(again.statusCode).toBe(409);
    expect(text(again.body)).toContain('Dieses Treffen kann nicht mehr geändert werden');
    expect((await pair.mentorBrowser.post(`/tandems/${pair.id}/treffen/${id}/absage`)).statusCode).toBe(409);
    expect((await pair.mentorBrowser.get(`/tandems/${pair.id}/treffen/${id}/absage`)).statusCode).toBe(409);
    expect((await meetingRow(t, id)).sequence).toBe(1);
  });

  it('shows the next meeting with its agenda on the workspace, or the guide’s advice when none is planned', async () => {
    const pair = await createTandem(t, { status: 'active' });
    let page = text((await pair.menteeBrowser.get(`/tandems/${pair.id}`)).body);
    expect(page).toContain('Zurzeit ist kein Treffen geplant.');
    await insertMeeting(t, pair.id, {
      status: 'held',
      startsAt: new Date(t.clock.now().getTime() - 7 * DAY),
      nextTopics: 'Klimaanpassungskonzept gliedern',
    });
    await planVia(pair.menteeBrowser, pair.id, { datum: '2026-12-10', ort: 'Stadtbibliothek' });
    await planVia(pair.menteeBrowser, pair.id, { datum: '2026-12-03' });
    page = text((await pair.menteeBrowser.get(`/tandems/${pair.id}`)).body);
    expect(page).toContain('Nächstes Treffen Donnerstag, 3. Dezember 2026, 14:30 Uhr · Online');
    expect(page).toContain('Tagesordnung');
    expect(page).toContain('Klimaanpassungskonzept gliedern');
    expect(page).toContain('Danach geplant Donnerstag, 10. Dezember 2026, 14:30 Uhr · Online');
  });

  it('answers 404 for another tandem’s meeting and 409 in an ended tandem', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const other = await createTandem(t, { status: 'active' });
    const foreign = await planVia(other.menteeBrowser, other.id);
    expect((await pair.menteeBrowser.get(`/tandems/${pair.id}/treffen/${foreign}`)).statusCode).toBe(404);
    expect((await pair.menteeBrowser.get(`/tandems/${pair.id}/treffen/kein-treffen`)).statusCode).toBe(404);
    expect((await pair.menteeBrowser.post(`/tandems/${pair.id}/treffen/${foreign}/absage`)).statusCode).toBe(
      404,
    );
    expect((await meetingRow(t, foreign)).status).toBe('planned');

    await t.db
      .update(tandems)
      .set({ status: 'ended', endedAt: t.clock.now() })
      .where(eq(tandems.id, pair.id));
    const res = await pair.menteeBrowser.post(`/tandems/${pair.id}/treffen`, planFields());
    expect(res.statusCode).toBe(409);
    expect(text(res.body)).toContain('Dieses Tandem ist beendet');
  });
});
