import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { linkIn, mailsTo } from '../../../../test/helpers/factories.ts';
import { createTandem, outsiders } from '../../../../test/support/tandems.ts';
import { participations, supportCases, tandems } from '../../../db/schema/index.ts';

const t = useTestApp();
let coordinator: Awaited<ReturnType<typeof outsiders>>['coordinator'];
beforeAll(async () => {
  ({ coordinator } = await outsiders(t));
});

const tandemRow = async (id: string) => (await t.db.select().from(tandems).where(eq(tandems.id, id)))[0]!;
const priorityOf = async (participationId: string) =>
  (await t.db.select().from(participations).where(eq(participations.id, participationId)))[0]!.priorityAt;
const casesOf = (tandemId: string) =>
  t.db.select().from(supportCases).where(eq(supportCases.tandemId, tandemId));

/** A running tandem whose mentee asked for support; the case's path. */
async function requested() {
  const pair = await createTandem(t, { status: 'active' });
  const res = await pair.menteeBrowser.post(`/tandems/${pair.id}/unterstuetzung`, {
    grund: 'no_progress',
    nachricht: 'Wir kommen nicht voran.',
  });
  expect(res.statusCode).toBe(303);
  const [c] = await casesOf(pair.id);
  return { pair, path: `/koordination/unterstuetzung/${c!.id}` };
}

describe('support on an ended tandem', () => {
  it('cannot be requested: the page says so and names the coordinators’ address; a post is refused', async () => {
    const pair = await createTandem(t, { status: 'active' });
    await pair.mentorBrowser.post(`/tandems/${pair.id}/ende`, { art: 'planned', bestaetigt: 'ja' });
    const page = await pair.menteeBrowser.get(`/tandems/${pair.id}/unterstuetzung`);
    expect(page.statusCode).toBe(200);
    expect(text(page.body)).toContain('Dieses Tandem ist beendet');
    expect(text(page.body)).toContain('erreichen Sie die Koordination unter agentur@klimaschutz.de');
    expect(page.body).not.toContain('name="grund"');
    const post = await pair.menteeBrowser.post(`/tandems/${pair.id}/unterstuetzung`, {
      grund: 'no_progress',
      nachricht: 'Noch eine Frage',
    });
    expect(post.statusCode).toBe(409);
    expect(await casesOf(pair.id)).toEqual([]);
  });
});

describe('a case’s outcomes fit the tandem’s state', () => {
  it('after an early end: no “continues”, no contact person; a re-match gives the mentee priority and tells her what follows', async () => {
    const { pair, path } = await requested();
    await pair.mentorBrowser.post(`/tandems/${pair.id}/ende`, {
      art: 'early',
      grund: 'Keine Zeit mehr.',
      bestaetigt: 'ja',
    });
    const page = text((await coordinator.get(path)).body);
    expect(page).not.toContain('Das Tandem macht weiter');
    expect(page).not.toContain('Zusätzliche Ansprechperson vermittelt');
    expect(page).toContain('Neu vermitteln: Die*der Mentee erhält Vorrang (das Tandem ist bereits beendet)');
    expect(page).toContain('Abschließen (das Tandem ist bereits beendet)');

    for (const ergebnis of ['continue', 'additional_contact']) {
      const refused = await coordinator.post(`${path}/ergebnis`, { ergebnis, notiz: 'Frau Beispiel' });
      expect(refused.statusCode).toBe(422);
      expect(text(refused.body)).toContain(
        'Das Tandem ist inzwischen beendet. Bitte wählen Sie ein Ergebnis, das dazu passt.',
      );
    }
    expect((await casesOf(pair.id))[0]!.status).not.toBe('closed');

    const before = (await mailsTo(t.db, pair.mentee.user.email)).length;
    expect((await coordinator.post(`${path}/ergebnis`, { ergebnis: 'rematch' })).statusCode).toBe(303);
    expect((await casesOf(pair.id))[0]!.outcome).toBe('rematch');
    expect([(await tandemRow(pair.id)).status, (await tandemRow(pair.id)).endKind]).toEqual([
      'ended',
      'early',
    ]);
    expect(await priorityOf(pair.mentee.participation.id)).not.toBeNull();
    const mails = await mailsTo(t.db, pair.mentee.user.email);
    expect(mails.length).toBe(before + 1);
    const told = mails.find((m) => m.subject.includes('wir suchen eine neue Mentor*in'))!;
    expect(told.text).toContain('Sie werden mit Vorrang vermittelt.');
    expect(linkIn(told.text, '/profil')).toBe('/profil');
  });

  it('after a planned end only closing fits', async () => {
    const { pair, path } = await requested();
    await pair.menteeBrowser.post(`/tandems/${pair.id}/ende`, { art: 'planned', bestaetigt: 'ja' });
    const page = text((await coordinator.get(path)).body);
    expect(page).not.toContain('Neu vermitteln');
    expect(page).toContain('Abschließen (das Tandem ist bereits beendet)');
    expect((await coordinator.post(`${path}/ergebnis`, { ergebnis: 'rematch' })).statusCode).toBe(422);
    expect(await priorityOf(pair.mentee.participation.id)).toBeNull();
    expect((await coordinator.post(`${path}/ergebnis`, { ergebnis: 'end' })).statusCode).toBe(303);
    expect((await tandemRow(pair.id)).endKind).toBe('planned');
  });
});

describe('the mails after a re-match', () => {
  it('tell the mentee what happens next, without the invitation to mentor; the mentor learns the coordination ended it', async () => {
    const { pair, path } = await requested();
    expect((await coordinator.post(`${path}/ergebnis`, { ergebnis: 'rematch' })).statusCode).toBe(303);
    const [menteeMail] = await mailsTo(t.db, pair.mentee.user.email);
    expect(menteeMail!.subject).toBe('Ihr Tandem ist beendet – wir suchen eine neue Mentor*in für Sie');
    expect(menteeMail!.text).toContain('damit Sie eine neue Mentor*in bekommen');
    expect(menteeMail!.text).toContain('Sobald die Koordination eine passende Mentor*in gefunden hat');
    expect(menteeMail!.text).not.toContain('Mentor*in weitergeben');
    expect(linkIn(menteeMail!.text, '/tandems/')).toBe(`/tandems/${pair.id}/rueckmeldung`);
    const [mentorMail] = await mailsTo(t.db, pair.mentor.user.email);
    expect(mentorMail!.subject).toBe('Ihr Tandem ist beendet');
    expect(mentorMail!.text).toContain('die Koordination des Programms');
    expect(mentorMail!.text).not.toContain('neue Mentor*in');
  });
});
