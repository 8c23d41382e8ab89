import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { mailsTo } from '../../../../test/helpers/factories.ts';
import { createTandem } from '../../../../test/support/tandems.ts';
import { insertMeeting, meetingRow, planVia, todosOf } from '../../../../test/support/tandems-meetings.ts';
import { meetings } from '../../../db/schema/index.ts';

const t = useTestApp();

const record = (over: Record<string, string> = {}) => ({
  rueckblick: 'Förderanträge, Zeitplan des Konzepts',
  erkenntnisse: 'Früh mit der Kämmerei sprechen',
  naechste_themen: 'Beteiligung der Ortsteile',
  aufgabe1_titel: 'Förderaufruf lesen',
  aufgabe1_zustaendig: 'mentee',
  aufgabe1_faellig: '2026-11-27',
  aufgabe2_titel: 'Kontakt zur Kämmerei vermitteln',
  aufgabe2_zustaendig: 'mentor',
  aufgabe2_faellig: '',
  aufgabe3_titel: '',
  aufgabe3_zustaendig: 'both',
  aufgabe3_faellig: '',
  ...over,
});

describe('the record after a meeting', () => {
  it('follows the checklist: held, to-dos created, the next date planned and mailed in one go', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const held = await insertMeeting(t, pair.id, { status: 'planned' });
    const form = await pair.menteeBrowser.get(`/tandems/${pair.id}/treffen/${held.id}/protokoll`);
    expect(form.statusCode).toBe(200);
    expect(text(form.body)).toContain('Themen für das nächste Treffen');
    expect(text(form.body)).toContain('Nächster Termin');

    const res = await pair.menteeBrowser.post(
      `/tandems/${pair.id}/treffen/${held.id}/protokoll`,
      record({
        naechstes_datum: '2026-12-17',
        naechste_uhrzeit: '10:00',
        naechste_dauer: '90',
        naechstes_format: 'in_person',
        naechster_ort: 'Rathaus, Raum 4',
      }),
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/tandems/${pair.id}/treffen/${held.id}`);
    expect(await meetingRow(t, held.id)).toMatchObject({
      status: 'held',
      recap: 'Förderanträge, Zeitplan des Konzepts',
      learnings: 'Früh mit der Kämmerei sprechen',
      nextTopics: 'Beteiligung der Ortsteile',
      recordedAt: t.clock.now(),
      recordedBy: pair.mentee.user.id,
    });
    const todos = await todosOf(t, pair.id);
    expect(todos.map((x) => [x.title, x.owner, x.dueOn, x.meetingId]).sort()).toEqual([
      ['Förderaufruf lesen', 'mentee', '2026-11-27', held.id],
      ['Kontakt zur Kämmerei vermitteln', 'mentor', null, held.id],
    ]);
    const [next] = await t.db
      .select()
      .from(meetings)
      .where(and(eq(meetings.tandemId, pair.id), eq(meetings.status, 'planned')));
    expect(next).toMatchObject({ durationMinutes: 90, format: 'in_person', location: 'Rathaus, Raum 4' });
    expect(next!.startsAt.toISOString()).toBe('2026-12-17T09:00:00.000Z');
    const [mail] = await mailsTo(t.db, pair.mentor.user.email);
    expect(mail!.subject).toBe('Neues Tandem-Treffen am Donnerstag, 17. Dezember 2026');

    const page = text((await pair.menteeBrowser.get(res.headers.location as string)).body);
    expect(page).toContain('Das Protokoll ist gespeichert und das nächste Treffen geplant.');
    expect(page).toContain('Besprochene Themen Förderanträge, Zeitplan des Konzepts');
    expect(page).toContain('Erkenntnisse Früh mit der Kämmerei sprechen');
    expect(page).toContain('Förderaufruf lesen');
    expect(page).not.toContain('Zeit für dieses Treffen erfassen');
    const mentorPage = await pair.mentorBrowser.get(res.headers.location as string);
    expect(text(mentorPage.body)).toContain('Zeit für dieses Treffen erfassen');
    expect(mentorPage.body).toContain(`href="/mentoring-zeit/neu?treffen=${held.id}"`);

    // The next meeting's agenda: the topics noted now and the open to-dos.
    const nextPage = text((await pair.mentorBrowser.get(`/tandems/${pair.id}/treffen/${next!.id}`)).body);
    expect(nextPage).toContain('Tagesordnung');
    expect(nextPage).toContain('Beteiligung der Ortsteile');
    expect(nextPage).toContain('Förderaufruf lesen');
    expect(nextPage).toContain('Kontakt zur Kämmerei vermitteln');
  });

  it('refuses to record a meeting that has not begun (422) and keeps what was typed', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const id = await planVia(pair.menteeBrowser, pair.id);
    const page = await pair.menteeBrowser.get(`/tandems/${pair.id}/treffen/${id}/protokoll`);
    expect(text(page.body)).toContain('Dieses Treffen liegt noch in der Zukunft.');
    const res = await pair.menteeBrowser.post(`/tandems/${pair.id}/treffen/${id}/protokoll`, record());
    expect(res.statusCode).toBe(422);
    expect(text(res.body)).toContain('Dieses Treffen hat noch nicht stattgefunden.');
    expect(res.body).toContain('Früh mit der Kämmerei sprechen');
    expect(res.body).toContain('value="Förderaufruf lesen"');
    expect(res.body).toContain('href="#feld-zeitpunkt"');
    expect(res.body).toContain('id="feld-zeitpunkt-fehler"');
    expect((await meetingRow(t, id)).status).toBe('planned');
    expect(await todosOf(t, pair.id)).toEqual([]);
  });

  it('names each bad to-do row and an incomplete or past next date (422)', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const held = await insertMeeting(t, pair.id);
    const url = `/tandems/${pair.id}/treffen/${held.id}/protokoll`;
    let res = await pair.menteeBrowser.post(
      url,
      record({
        aufgabe3_faellig: '2026-12-01',
        aufgabe2_faellig: '40.40.2026',
        naechstes_datum: '2026-12-17',
      }),
    );
    expect(res.statusCode).toBe(422);
    let page = text(res.body);
    expect(page).toContain('Aufgabe 3: Bitte beschreiben Sie die Aufgabe');
    expect(page).toContain('Aufgabe 2: Bitte geben Sie das Fälligkeitsdatum im Format TT.MM.JJJJ ein');
    expect(page).toContain('Nächster Termin: Bitte geben Sie die Uhrzeit ein.');
    expect(page).toContain('Nächster Termin: Bitte wählen Sie, wie Sie sich treffen.');
    expect(res.body).toContain('value="40.40.2026"');

    res = await pair.menteeBrowser.post(
      url,
      record({
        naechstes_datum: '2026-11-01',
        naechste_uhrzeit: '10:00',
        naechste_dauer: '60',
        naechstes_format: 'phone',
      }),
    );
    expect(res.statusCode).toBe(422);
    page = text(res.body);
    expect(page).toContain('Nächster Termin: Dieser Termin liegt in der Vergangenheit.');
    expect((await meetingRow(t, held.id)).status).toBe('planned');
    expect(await todosOf(t, pair.id)).toEqual([]);
  });

  it('edits a record and adds to-dos without repeating the earlier ones; a cancelled meeting has none', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const held = await insertMeeting(t, pair.id);
    const url = `/tandems/${pair.id}/treffen/${held.id}/protokoll`;
    expect((await pair.mentorBrowser.post(url, record())).statusCode).toBe(303);
    const again = await pair.mentorBrowser.get(url);
    expect(again.body).toContain('Früh mit der Kämmerei sprechen');
    expect(text(again.body)).toContain('Bereits festgehaltene Aufgaben aus diesem Treffen');
    const res = await pair.mentorBrowser.post(
      url,
      record({
        erkenntnisse: 'Erst die Kämmerei, dann der Rat',
        aufgabe1_titel: '',
        aufgabe1_faellig: '',
        aufgabe2_titel: '',
      }),
    );
    expect(res.statusCode).toBe(303);
    expect((await meetingRow(t, held.id)).learnings).toBe('Erst die Kämmerei, dann der Rat');
    expect(await todosOf(t, pair.id)).toHaveLength(2);

    const cancelled = await insertMeeting(t, pair.id, { status: 'cancelled' });
    const refused = await pair.mentorBrowser.post(
      `/tandems/${pair.id}/treffen/${cancelled.id}/protokoll`,
      record(),
    );
    expect(refused.statusCode).toBe(409);
    expect(text(refused.body)).toContain('Für ein abgesagtes Treffen gibt es kein Protokoll.');
  });
});

describe('preparation notes', () => {
  it('are each member’s own and shown to both on the meeting page', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const id = await planVia(pair.menteeBrowser, pair.id);
    const before = text((await pair.mentorBrowser.get(`/tandems/${pair.id}/treffen/${id}`)).body);
    expect(before).toContain('Ihre Notizen sehen Sie beide');
    expect(before).toContain(`${pair.mentee.user.name} hat noch nichts notiert.`);

    const res = await pair.menteeBrowser.post(`/tandems/${pair.id}/treffen/${id}/vorbereitung`, {
      fragen: 'Wie priorisiere ich Maßnahmen?',
      themen: 'Wärmeplanung',
      veraenderungen: 'Neue Stelle im Bauamt besetzt',
    });
    expect(res.statusCode).toBe(303);
    const mentorView = text((await pair.mentorBrowser.get(`/tandems/${pair.id}/treffen/${id}`)).body);
    expect(mentorView).toContain(`Vorbereitung von ${pair.mentee.user.name}`);
    expect(mentorView).toContain('Wie priorisiere ich Maßnahmen?');
    expect(mentorView).toContain('Neue Stelle im Bauamt besetzt');

    const tooLong = await pair.mentorBrowser.post(`/tandems/${pair.id}/treffen/${id}/vorbereitung`, {
      fragen: 'x'.repeat(5001),
      themen: 'Mein Thema',
    });
    expect(tooLong.statusCode).toBe(422);
    expect(text(tooLong.body)).toContain('Ihre Fragen dürfen höchstens 5000 Zeichen lang sein.');
    expect(tooLong.body).toContain('Mein Thema');
  });
});

describe('a contact by phone or email', () => {
  it('is logged in one short form, held at once, and shown in the history', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const res = await pair.mentorBrowser.post(`/tandems/${pair.id}/kontakte`, {
      kontakt_datum: '2026-11-19',
      kontakt_uhrzeit: '16:00',
      kontakt_dauer: '20',
      kontakt_format: 'phone',
      zusammenfassung: 'Kurz zur Ausschreibung telefoniert',
    });
    expect(res.statusCode).toBe(303);
    const [row] = await t.db.select().from(meetings).where(eq(meetings.tandemId, pair.id));
    expect(row).toMatchObject({
      kind: 'contact',
      status: 'held',
      format: 'phone',
      durationMinutes: 20,
      summary: 'Kurz zur Ausschreibung telefoniert',
      recordedBy: pair.mentor.user.id,
    });
    expect(row!.startsAt.toISOString()).toBe('2026-11-19T15:00:00.000Z');
    const workspace = text((await pair.menteeBrowser.get(`/tandems/${pair.id}`)).body);
    expect(workspace).toMatch(/19\.11\.2026, 16:00 Uhr Kontakt Telefonisch Stattgefunden/);
    const page = text((await pair.menteeBrowser.get(`/tandems/${pair.id}/treffen/${row!.id}`)).body);
    expect(page).toContain('Kontakt am Donnerstag, 19. November 2026');
    expect(page).toContain('Kurz zur Ausschreibung telefoniert');
    expect(
      (await pair.menteeBrowser.get(`/tandems/${pair.id}/treffen/${row!.id}/termin.ics`)).statusCode,
    ).toBe(404);
    expect(await mailsTo(t.db, pair.mentee.user.email)).toEqual([]);
  });

  it('without a time counts at noon, or now if that is earlier; the future and bad input are a 422', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const fields = { kontakt_dauer: '10', kontakt_format: 'email', zusammenfassung: 'Mails zu Fördertöpfen' };
    // 10:00 in Berlin on 20 November: noon has not come yet.
    expect(
      (
        await pair.menteeBrowser.post(`/tandems/${pair.id}/kontakte`, {
          ...fields,
          kontakt_datum: '20.11.2026',
        })
      ).statusCode,
    ).toBe(303);
    const [row] = await t.db.select().from(meetings).where(eq(meetings.tandemId, pair.id));
    expect(row!.startsAt).toEqual(t.clock.now());

    const future = await pair.menteeBrowser.post(`/tandems/${pair.id}/kontakte`, {
      ...fields,
      kontakt_datum: '2026-11-20',
      kontakt_uhrzeit: '18:00',
    });
    expect(future.statusCode).toBe(422);
    expect(text(future.body)).toContain('Dieser Kontakt liegt in der Zukunft.');
    expect(future.body).toContain('Mails zu Fördertöpfen');

    const bad = await pair.menteeBrowser.post(`/tandems/${pair.id}/kontakte`, {
      kontakt_datum: 'gestern',
      kontakt_dauer: '-5',
      kontakt_format: 'in_person',
      zusammenfassung: '',
    });
    expect(bad.statusCode).toBe(422);
    const page = text(bad.body);
    expect(page).toContain('Bitte geben Sie das Datum des Kontakts im Format TT.MM.JJJJ ein');
    expect(page).toContain('Bitte geben Sie die Dauer des Kontakts in ganzen Minuten ein');
    expect(page).toContain('Bitte wählen Sie, ob Sie telefoniert oder geschrieben haben.');
    expect(page).toContain('Bitte fassen Sie den Kontakt kurz zusammen.');
    expect(bad.body).toContain('value="gestern"');
  });
});
