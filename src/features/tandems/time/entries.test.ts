import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { createTandem, outsiders } from '../../../../test/support/tandems.ts';
import { meetingOf, storedEntry } from '../../../../test/support/tandems-time.ts';
import { timeEntries } from '../../../db/schema/index.ts';

const t = useTestApp();

const DAY = 86_400_000;
const form = (over: Record<string, string> = {}) => ({
  datum: '2026-11-15',
  stunden: '1',
  minuten: '30',
  art: 'preparation',
  tandem: '',
  notiz: 'Fragen zum Förderantrag gesammelt',
  ...over,
});
const entriesOf = (userId: string) => t.db.select().from(timeEntries).where(eq(timeEntries.userId, userId));

describe('logging mentoring time', () => {
  it('explains kindly to someone without a mentor participation that logging is for mentors', async () => {
    const pair = await createTandem(t);
    const page = await pair.menteeBrowser.get('/mentoring-zeit');
    expect(page.statusCode).toBe(200);
    expect(text(page.body)).toContain('Die Zeiterfassung ist für Mentor*innen');
    expect(text((await pair.menteeBrowser.get('/mentoring-zeit/neu')).body)).toContain(
      'Sie nehmen derzeit nicht als Mentor*in an einem Programm teil.',
    );
    expect((await pair.menteeBrowser.post('/mentoring-zeit/neu', form())).statusCode).toBe(404);
    expect((await pair.menteeBrowser.get('/mentoring-zeit/nachweis/2026')).statusCode).toBe(404);
  });

  it('saves an entry and lists it with kind, duration, tandem and the private note', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const blank = await pair.mentorBrowser.get('/mentoring-zeit/neu');
    expect(blank.statusCode).toBe(200);
    expect(blank.body).toContain('value="2026-11-20"');
    expect(text(blank.body)).toContain(`Tandem mit ${pair.mentee.user.name}`);

    const res = await pair.mentorBrowser.post('/mentoring-zeit/neu', form({ tandem: pair.id }));
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/mentoring-zeit?jahr=2026');
    const [entry] = await entriesOf(pair.mentor.user.id);
    expect(entry).toMatchObject({ minutes: 90, kind: 'preparation', on: '2026-11-15', tandemId: pair.id });

    const page = text((await pair.mentorBrowser.get('/mentoring-zeit')).body);
    expect(page).toContain('Ihre Zeit wurde gespeichert.');
    expect(page).toContain(
      `15.11.2026 Vorbereitung 1:30 Std. Tandem mit ${pair.mentee.user.name} Fragen zum Förderantrag gesammelt`,
    );
  });

  it('takes a duration in minutes alone and an entry without a tandem', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const res = await pair.mentorBrowser.post(
      '/mentoring-zeit/neu',
      form({ stunden: '', minuten: '135', art: 'event', datum: '20.11.2026' }),
    );
    expect(res.statusCode).toBe(303);
    const [entry] = await entriesOf(pair.mentor.user.id);
    expect(entry).toMatchObject({ minutes: 135, kind: 'event', on: '2026-11-20', tandemId: null });
    expect(text((await pair.mentorBrowser.get('/mentoring-zeit')).body)).toContain(
      '20.11.2026 Veranstaltung (z. B. Vortrag bei einer Veranstaltung) 2:15 Std. –',
    );
  });

  it('refuses bad input with German messages and keeps what was typed', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const other = await createTandem(t, { status: 'active' });
    const cases: [Record<string, string>, string][] = [
      [{ datum: '2026-11-21' }, 'Das Datum darf nicht in der Zukunft liegen.'],
      [{ datum: '31.02.2026' }, 'Bitte geben Sie ein gültiges Datum an'],
      [{ stunden: '0', minuten: '0' }, 'Bitte geben Sie eine Dauer zwischen 1 Minute und 24 Stunden an.'],
      [{ stunden: '24', minuten: '1' }, 'Bitte geben Sie eine Dauer zwischen 1 Minute und 24 Stunden an.'],
      [{ stunden: '', minuten: '99999999999999' }, 'Bitte geben Sie die Minuten als ganze Zahl an'],
      [{ stunden: 'zwei' }, 'Bitte geben Sie die Stunden als ganze Zahl von 0 bis 24 an.'],
      [{ art: 'urlaub' }, 'Bitte wählen Sie die Art der Tätigkeit.'],
      [{ tandem: other.id }, 'Bitte wählen Sie eines Ihrer Tandems in diesem Programm oder kein Tandem.'],
      [{ notiz: 'x'.repeat(2001) }, 'Die Notiz darf höchstens 2.000 Zeichen lang sein.'],
    ];
    for (const [over, message] of cases) {
      const res = await pair.mentorBrowser.post('/mentoring-zeit/neu', form(over));
      expect([over, res.statusCode]).toEqual([over, 422]);
      const page = text(res.body);
      expect(page).toContain('Fehler: Zeit erfassen');
      expect(page).toContain(message);
      expect(res.body).toContain(over.notiz ?? 'Fragen zum Förderantrag gesammelt');
    }
    expect(await entriesOf(pair.mentor.user.id)).toHaveLength(0);
  });

  it('proposes date, duration and kind from a held meeting and refuses a second entry for it', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const meeting = await meetingOf(t, pair, {
      startsAt: new Date('2026-11-17T13:30:00Z'),
      durationMinutes: 75,
    });
    const page = await pair.mentorBrowser.get(`/mentoring-zeit/neu?treffen=${meeting.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('value="2026-11-17"');
    expect(page.body).toMatch(/name="stunden"[^>]*value="1"/);
    expect(page.body).toMatch(/name="minuten"[^>]*value="15"/);
    expect(page.body).toMatch(/value="meeting"[^>]*checked/);
    expect(text(page.body)).toContain(
      `Dieser Zeiteintrag gehört zum Treffen am 17.11.2026 im Tandem mit ${pair.mentee.user.name}.`,
    );

    const res = await pair.mentorBrowser.post('/mentoring-zeit/neu', {
      ...form({ datum: '2026-11-17', stunden: '1', minuten: '15', art: 'meeting' }),
      treffen: meeting.id,
    });
    expect(res.statusCode).toBe(303);
    const [entry] = await entriesOf(pair.mentor.user.id);
    expect(entry).toMatchObject({ meetingId: meeting.id, tandemId: pair.id, minutes: 75, kind: 'meeting' });

    const again = await pair.mentorBrowser.post('/mentoring-zeit/neu', {
      ...form({ datum: '2026-11-17', art: 'meeting' }),
      treffen: meeting.id,
    });
    expect(again.statusCode).toBe(409);
    expect(text(again.body)).toContain('Für dieses Treffen ist schon Zeit erfasst');
    expect(again.body).toContain(`href="/mentoring-zeit/${entry!.id}"`);
    expect(await entriesOf(pair.mentor.user.id)).toHaveLength(1);
    expect(text((await pair.mentorBrowser.get(`/mentoring-zeit/neu?treffen=${meeting.id}`)).body)).toContain(
      'Sie haben für dieses Treffen bereits einen Zeiteintrag gespeichert.',
    );
  });

  it('proposes nothing for a planned meeting and answers 404 for a meeting of someone else’s tandem', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const planned = await meetingOf(t, pair, {
      startsAt: new Date(t.clock.now().getTime() + 2 * DAY),
      status: 'planned',
    });
    const page = text((await pair.mentorBrowser.get(`/mentoring-zeit/neu?treffen=${planned.id}`)).body);
    expect(page).toContain('Dieses Treffen hat noch nicht stattgefunden');

    const other = await createTandem(t, { status: 'active' });
    const foreign = await meetingOf(t, other, { startsAt: new Date('2026-11-10T10:00:00Z') });
    expect((await pair.mentorBrowser.get(`/mentoring-zeit/neu?treffen=${foreign.id}`)).statusCode).toBe(404);
    expect((await pair.mentorBrowser.get('/mentoring-zeit/neu?treffen=kaputt')).statusCode).toBe(404);
    const post = await pair.mentorBrowser.post('/mentoring-zeit/neu', { ...form(), treffen: foreign.id });
    expect(post.statusCode).toBe(404);
    // The mentee of a tandem cannot log its meeting as their own mentoring time either.
    const own = await meetingOf(t, pair, { startsAt: new Date('2026-11-12T10:00:00Z') });
    expect((await pair.menteeBrowser.get(`/mentoring-zeit/neu?treffen=${own.id}`)).statusCode).toBe(200);
    expect(text((await pair.menteeBrowser.get(`/mentoring-zeit/neu?treffen=${own.id}`)).body)).toContain(
      'Die Zeiterfassung ist für Mentor*innen',
    );
  });

  it('shows the programme choice when a refused programme came from the hidden field of a single role', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const res = await pair.mentorBrowser.post('/mentoring-zeit/neu', form({ programm: 'kein-programm' }));
    expect(res.statusCode).toBe(422);
    expect(text(res.body)).toContain('Bitte wählen Sie eines der Programme, in denen Sie Mentor*in sind.');
    expect(res.body).toContain('href="#feld-programm"');
    expect(res.body).toMatch(/<select[^>]* id="feld-programm"/);
    expect(await entriesOf(pair.mentor.user.id)).toEqual([]);
  });

  it('lets the mentor change and delete an own entry; someone else’s entry answers 404', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const other = await createTandem(t, { status: 'active' });
    const entry = await storedEntry(t, pair, { on: '2026-10-01', minutes: 60, note: 'Eigene Notiz' });
    const staff = await outsiders(t);

    const edit = await pair.mentorBrowser.get(`/mentoring-zeit/${entry.id}`);
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain('Eigene Notiz');
    const bad = await pair.mentorBrowser.post(`/mentoring-zeit/${entry.id}`, form({ minuten: '-5' }));
    expect(bad.statusCode).toBe(422);
    expect(text(bad.body)).toContain('Fehler: Zeiteintrag bearbeiten');
    const saved = await pair.mentorBrowser.post(
      `/mentoring-zeit/${entry.id}`,
      form({ datum: '2025-12-30', stunden: '2', minuten: '0', art: 'community', tandem: pair.id }),
    );
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/mentoring-zeit?jahr=2025');
    expect((await entriesOf(pair.mentor.user.id))[0]).toMatchObject({
      on: '2025-12-30',
      minutes: 120,
      kind: 'community',
    });

    for (const res of [
      await other.mentorBrowser.get(`/mentoring-zeit/${entry.id}`),
      await other.mentorBrowser.post(`/mentoring-zeit/${entry.id}`, form()),
      await other.mentorBrowser.post(`/mentoring-zeit/${entry.id}/loeschen`),
      await pair.menteeBrowser.get(`/mentoring-zeit/${entry.id}`),
      await pair.mentorBrowser.get('/mentoring-zeit/kein-eintrag'),
      // Coordinators see totals, an admin nothing: neither reads an entry or its note.
      await staff.coordinator.get(`/mentoring-zeit/${entry.id}`),
      await staff.admin.get(`/mentoring-zeit/${entry.id}`),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('Eigene Notiz');
    }
    expect(await entriesOf(pair.mentor.user.id)).toHaveLength(1);

    // Deleting asks first: the edit page links to the question, the question posts.
    expect(edit.body).not.toContain(`action="/mentoring-zeit/${entry.id}/loeschen"`);
    expect(edit.body).toContain(`href="/mentoring-zeit/${entry.id}/loeschen"`);
    const question = await pair.mentorBrowser.get(`/mentoring-zeit/${entry.id}/loeschen`);
    expect(question.statusCode).toBe(200);
    expect(text(question.body)).toContain(
      'Möchten Sie den Zeiteintrag vom 30.12.2025 (2:00 Std.) wirklich löschen?',
    );
    expect(question.body).toContain(`action="/mentoring-zeit/${entry.id}/loeschen"`);
    expect(question.body).toContain(`href="/mentoring-zeit/${entry.id}"`);
    expect((await other.mentorBrowser.get(`/mentoring-zeit/${entry.id}/loeschen`)).statusCode).toBe(404);
    expect(await entriesOf(pair.mentor.user.id)).toHaveLength(1);

    const deleted = await pair.mentorBrowser.post(`/mentoring-zeit/${entry.id}/loeschen`);
    expect(deleted.statusCode).toBe(303);
    expect(await entriesOf(pair.mentor.user.id)).toHaveLength(0);
    expect(text((await pair.mentorBrowser.get('/mentoring-zeit?jahr=2025')).body)).toContain(
      'Der Zeiteintrag wurde gelöscht.',
    );
  });

  it('shows the chosen year only, the current Berlin year by default', async () => {
    const pair = await createTandem(t, { status: 'active' });
    await storedEntry(t, pair, { on: '2025-06-02', minutes: 45, note: 'Notiz-2025' });
    await storedEntry(t, pair, { on: '2026-03-04', minutes: 50, note: 'Notiz-2026' });
    const current = text((await pair.mentorBrowser.get('/mentoring-zeit')).body);
    expect(current).toContain('Notiz-2026');
    expect(current).not.toContain('Notiz-2025');
    expect(current).toContain('Zeiteinträge 2026');
    const last = await pair.mentorBrowser.get('/mentoring-zeit?jahr=2025');
    expect(text(last.body)).toContain('Notiz-2025');
    expect(text(last.body)).not.toContain('Notiz-2026');
    expect(last.body).toContain('<option value="2025" selected');
    expect(last.body).toContain('href="/mentoring-zeit/nachweis/2025"');
    const wrong = await pair.mentorBrowser.get('/mentoring-zeit?jahr=19999');
    expect(wrong.statusCode).toBe(200);
    expect(text(wrong.body)).toContain('Zeiteinträge 2026');
  });
});

describe('the time section of the workspace', () => {
  it('shows the mentor this tandem’s time of the year and the held meetings without an entry; the mentee sees nothing', async () => {
    const pair = await createTandem(t, { status: 'active' });
    await storedEntry(t, pair, { on: '2026-09-01', minutes: 100 });
    await storedEntry(t, pair, { on: '2025-09-01', minutes: 500 });
    const meeting = await meetingOf(t, pair, { startsAt: new Date('2026-11-18T09:00:00Z') });
    const mentor = await pair.mentorBrowser.get(`/tandems/${pair.id}`);
    const page = text(mentor.body);
    expect(page).toContain('Für dieses Tandem haben Sie in 2026 1:40 Std. erfasst (Zeiteinträge: 1).');
    expect(page).toContain('Zeit für das Treffen am 18.11.2026 erfassen');
    expect(mentor.body).toContain(`href="/mentoring-zeit/neu?treffen=${meeting.id}"`);
    expect(mentor.body).toContain(`href="/mentoring-zeit/neu?tandem=${pair.id}"`);

    const preselected = await pair.mentorBrowser.get(`/mentoring-zeit/neu?tandem=${pair.id}`);
    expect(preselected.body).toMatch(new RegExp(`value="${pair.id}" selected`));

    const mentee = text((await pair.menteeBrowser.get(`/tandems/${pair.id}`)).body);
    expect(mentee).not.toContain('Zeit für dieses Tandem erfassen');
    expect(mentee).not.toContain('1:40 Std.');
  });
});
