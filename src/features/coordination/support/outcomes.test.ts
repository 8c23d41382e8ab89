import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { createUser, mailsTo } from '../../../../test/helpers/factories.ts';
import { browserFor, createTandem, outsiders } from '../../../../test/support/tandems.ts';
import { auditEvents, supportCases, tandems } from '../../../db/schema/index.ts';

const t = useTestApp();
let coordinator: Awaited<ReturnType<typeof outsiders>>['coordinator'];
beforeAll(async () => {
  ({ coordinator } = await outsiders(t));
});

const SECRET = 'GEHEIM-ergebnis-7';

/** An active tandem whose mentee asked for support; returns the pair and the case's path. */
async function caseOf(reason = 'no_progress') {
  const pair = await createTandem(t, { status: 'active' });
  const res = await pair.menteeBrowser.post(`/tandems/${pair.id}/unterstuetzung`, {
    grund: reason,
    nachricht: `Wir treten auf der Stelle ${SECRET}`,
  });
  expect(res.statusCode).toBe(303);
  const [c] = await t.db.select().from(supportCases).where(eq(supportCases.tandemId, pair.id));
  return { pair, c: c!, path: `/koordination/unterstuetzung/${c!.id}` };
}
const caseRow = async (id: string) =>
  (await t.db.select().from(supportCases).where(eq(supportCases.id, id)))[0]!;
const tandemRow = async (id: string) => (await t.db.select().from(tandems).where(eq(tandems.id, id)))[0]!;

describe('the coordinators’ case work', () => {
  it('lists open and in-progress cases before closed ones; a note puts a case in progress', async () => {
    const closed = await caseOf('expectations');
    expect((await coordinator.post(`${closed.path}/ergebnis`, { ergebnis: 'continue' })).statusCode).toBe(
      303,
    );
    const working = await caseOf('contact_asleep');
    const note = await coordinator.post(`${working.path}/notizen`, {
      art: 'note',
      text: 'Rückruf vereinbart',
    });
    expect(note.statusCode).toBe(303);
    expect((await caseRow(working.c.id)).status).toBe('in_progress');
    const emptyNote = await coordinator.post(`${working.path}/notizen`, { art: 'note', text: ' ' });
    expect(emptyNote.statusCode).toBe(422);
    expect(text(emptyNote.body)).toContain('Bitte geben Sie einen Text ein.');

    const list = text((await coordinator.get('/koordination/unterstuetzung')).body);
    expect(list.indexOf('Der Kontakt ist eingeschlafen')).toBeLessThan(
      list.indexOf('Die Vorstellungen passen nicht zueinander'),
    );
    expect(list).toContain('In Bearbeitung');
    expect(list).toContain('Abgeschlossen');
    expect(list).not.toContain(SECRET);
    const page = text((await coordinator.get(working.path)).body);
    expect(page).toContain('Rückruf vereinbart');
    expect(page).toContain(working.pair.mentee.user.name);
    expect(page).toContain('0 Treffen, 0 offene Aufgaben');
  });

  it('answer 404 to another programme’s coordinator, reading or writing', async () => {
    const { path, c } = await caseOf();
    const other = await browserFor(
      t,
      await createUser(t.db, { kind: 'coordinator', coordinatorOf: 'klimaanpassung' }),
    );
    expect((await other.get(path)).statusCode).toBe(404);
    const tokenFrom = '/koordination/unterstuetzung';
    expect((await other.post(`${path}/notizen`, { art: 'note', text: 'x' }, { tokenFrom })).statusCode).toBe(
      404,
    );
    expect((await other.post(`${path}/ergebnis`, { ergebnis: 'end' }, { tokenFrom })).statusCode).toBe(404);
    expect(text((await other.get('/koordination/unterstuetzung')).body)).toContain(
      'Es gibt keine Unterstützungsanfragen.',
    );
    expect((await other.get('/koordination/unterstuetzung/kein-fall')).statusCode).toBe(404);
    expect((await caseRow(c.id)).status).toBe('open');
  });

  it('“continue” closes the case and leaves the tandem running; a closed case takes no further outcome', async () => {
    const { pair, c, path } = await caseOf();
    expect((await coordinator.post(path, {}, { tokenFrom: path })).statusCode).toBe(404);
    const none = await coordinator.post(`${path}/ergebnis`, {});
    expect(none.statusCode).toBe(422);
    expect(text(none.body)).toContain('Bitte wählen Sie ein Ergebnis.');
    expect((await coordinator.post(`${path}/ergebnis`, { ergebnis: 'continue' })).statusCode).toBe(303);
    expect((await caseRow(c.id)).outcome).toBe('continue');
    expect((await tandemRow(pair.id)).status).toBe('active');
    for (const ergebnis of ['end', 'rematch', 'continue']) {
      const again = await coordinator.post(`${path}/ergebnis`, { ergebnis });
      expect(again.statusCode).toBe(409);
      expect(text(again.body)).toContain('Diese Anfrage ist bereits abgeschlossen.');
      // Announced and focused when the page loads, so it is read first.
      expect(again.body).toContain(
        '<div class="kern-alert kern-alert--warning" role="status" tabindex="-1" data-error-summary="true">',
      );
    }
    expect((await coordinator.post(`${path}/notizen`, { art: 'note', text: 'x' })).statusCode).toBe(409);
    expect((await tandemRow(pair.id)).status).toBe('active');
  });

  it('an additional contact person needs a note naming them; the requester is told neutrally', async () => {
    const { pair, c, path } = await caseOf();
    const unnamed = await coordinator.post(`${path}/ergebnis`, { ergebnis: 'additional_contact' });
    expect(unnamed.statusCode).toBe(422);
    expect(text(unnamed.body)).toContain('Bitte nennen Sie die zusätzliche Ansprechperson.');
    const named = await coordinator.post(`${path}/ergebnis`, {
      ergebnis: 'additional_contact',
      notiz: 'Frau Beispiel, Klimaschutz Musterstadt',
    });
    expect(named.statusCode).toBe(303);
    expect((await caseRow(c.id)).status).toBe('closed');
    expect(text((await coordinator.get(path)).body)).toContain('Frau Beispiel, Klimaschutz Musterstadt');
    const [mail] = await mailsTo(t.db, pair.mentee.user.email);
    expect(mail!.subject).toBe('Ihre Unterstützungsanfrage: eine zusätzliche Ansprechperson');
    expect(mail!.text).toContain(`/tandems/${pair.id}/unterstuetzung`);
    expect(JSON.stringify(mail)).not.toContain('Frau Beispiel');
    expect(JSON.stringify(mail)).not.toContain(SECRET);
    expect(await mailsTo(t.db, pair.mentor.user.email)).toHaveLength(0);
    expect((await tandemRow(pair.id)).status).toBe('active');
  });

  it('“end” ends the tandem by the coordination, mails both and is audited', async () => {
    const { pair, c, path } = await caseOf();
    expect((await coordinator.post(`${path}/ergebnis`, { ergebnis: 'end' })).statusCode).toBe(303);
    const row = await tandemRow(pair.id);
    expect([row.status, row.endKind, row.endedAt?.toISOString()]).toEqual([
      'ended',
      'coordination',
      t.clock.now().toISOString(),
    ]);
    expect(row.endedBy).not.toBeNull();
    expect((await caseRow(c.id)).status).toBe('closed');
    for (const email of [pair.mentee.user.email, pair.mentor.user.email]) {
      const [mail] = await mailsTo(t.db, email);
      expect(mail!.subject).toBe('Ihr Tandem ist beendet');
      expect(mail!.text).toContain(`/tandems/${pair.id}/rueckmeldung`);
      expect(JSON.stringify(mail)).not.toContain(SECRET);
    }
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.kind, 'support_case_closed')));
    expect(audit.map((a) => (a.details as { caseId: string; outcome: string }).outcome)).toContain('end');
  });

  it('“rematch” ends the tandem, keeps its history readable for the members and closes the case', async () => {
    const { pair, c, path } = await caseOf();
    expect((await coordinator.post(`${path}/ergebnis`, { ergebnis: 'rematch' })).statusCode).toBe(303);
    expect((await caseRow(c.id)).status).toBe('closed');
    expect((await tandemRow(pair.id)).endKind).toBe('rematch');
    expect((await pair.mentorBrowser.get(`/tandems/${pair.id}`)).statusCode).toBe(200);
  });
});
