import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { createUser, mailsTo } from '../../../../test/helpers/factories.ts';
import { browserFor, createTandem, outsiders } from '../../../../test/support/tandems.ts';
import { participations, supportCases, tandems } from '../../../db/schema/index.ts';
import { loadPool } from '../../matching/queries.ts';

const t = useTestApp();

const SECRET = 'GEHEIM-hilfe-3';
const tandemRow = async (id: string) => (await t.db.select().from(tandems).where(eq(tandems.id, id)))[0]!;

describe('support requests', () => {
  it('reach the coordinators, not the partner; the coordinators work the case to a re-match', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const url = `/tandems/${pair.id}/unterstuetzung`;
    const empty = await pair.menteeBrowser.post(url, { nachricht: '' });
    expect(empty.statusCode).toBe(422);
    expect(text(empty.body)).toContain('Bitte wählen Sie, worum es geht.');

    const sent = await pair.menteeBrowser.post(url, {
      grund: 'contact_asleep',
      nachricht: `Keine Antwort ${SECRET}`,
    });
    expect(sent.statusCode).toBe(303);
    expect(text((await pair.menteeBrowser.get(url)).body)).toContain('Der Kontakt ist eingeschlafen – Offen');
    const partnerView = await pair.mentorBrowser.get(url);
    expect(partnerView.body).not.toContain(SECRET);
    expect(text(partnerView.body)).toContain('Sie haben noch keine Anfrage gestellt.');
    const [mail] = await mailsTo(t.db, pair.mentee.programme.contactEmail);
    expect(mail!.subject).toContain('Ein Tandem bittet um Unterstützung');
    expect(JSON.stringify(mail)).not.toContain(SECRET);

    const [c] = await t.db.select().from(supportCases).where(eq(supportCases.tandemId, pair.id));
    const { coordinator } = await outsiders(t);
    const other = await browserFor(
      t,
      await createUser(t.db, { kind: 'coordinator', coordinatorOf: 'klimaanpassung' }),
    );
    expect((await other.get(`/koordination/unterstuetzung/${c!.id}`)).statusCode).toBe(404);
    const list = text((await coordinator.get('/koordination/unterstuetzung')).body);
    expect(list).toContain(`${pair.mentee.user.name} mit ${pair.mentor.user.name}`);
    const page = text((await coordinator.get(`/koordination/unterstuetzung/${c!.id}`)).body);
    expect(page).toContain(`Keine Antwort ${SECRET}`);

    const note = await coordinator.post(`/koordination/unterstuetzung/${c!.id}/notizen`, {
      art: 'contact',
      text: 'Angerufen',
    });
    expect(note.statusCode).toBe(303);
    const rematch = await coordinator.post(`/koordination/unterstuetzung/${c!.id}/ergebnis`, {
      ergebnis: 'rematch',
    });
    expect(rematch.statusCode).toBe(303);
    const ended = await tandemRow(pair.id);
    expect([ended.status, ended.endKind]).toEqual(['ended', 'rematch']);
    const [mentee] = await t.db
      .select()
      .from(participations)
      .where(eq(participations.id, pair.mentee.participation.id));
    expect(mentee!.priorityAt).not.toBeNull();
    // Back in the pool, first in line, and never paired with the same mentor again.
    const pool = await loadPool(t.db, pair.mentee.programme);
    expect(pool.mentees[0]!.id).toBe(pair.mentee.participation.id);
    expect(pool.declined).toContainEqual([pair.mentee.participation.id, pair.mentor.participation.id]);
    const again = await coordinator.post(`/koordination/unterstuetzung/${c!.id}/ergebnis`, {
      ergebnis: 'continue',
    });
    expect(again.statusCode).toBe(409);
    expect((await mailsTo(t.db, pair.mentee.user.email)).map((m) => m.subject)).toContain(
      'Ihr Tandem ist beendet – wir suchen eine neue Mentor*in für Sie',
    );
  });
});

describe('ending a tandem', () => {
  it('needs a reason to end early, tells both with the feedback link and invites the mentee to become a mentor', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const url = `/tandems/${pair.id}/ende`;
    const noReason = await pair.mentorBrowser.post(url, { art: 'early', bestaetigt: 'ja' });
    expect(noReason.statusCode).toBe(422);
    expect(text(noReason.body)).toContain('Bitte nennen Sie einen Grund für das vorzeitige Ende.');
    const done = await pair.mentorBrowser.post(url, {
      art: 'early',
      grund: 'Stellenwechsel',
      bestaetigt: 'ja',
    });
    expect(done.statusCode).toBe(303);
    const row = await tandemRow(pair.id);
    expect([row.status, row.endKind, row.endReason]).toEqual(['ended', 'early', 'Stellenwechsel']);
    const [menteeMail] = await mailsTo(t.db, pair.mentee.user.email);
    expect(menteeMail!.text).toContain('Möchten Sie Ihre Erfahrungen als Mentor*in weitergeben?');
    expect(menteeMail!.text).toContain(`/tandems/${pair.id}/rueckmeldung`);
    const [mentorMail] = await mailsTo(t.db, pair.mentor.user.email);
    expect(mentorMail!.text).not.toContain('als Mentor*in weitergeben');
    expect((await pair.menteeBrowser.post(url, { art: 'planned', bestaetigt: 'ja' })).statusCode).toBe(409);
  });
});

describe('feedback', () => {
  it('is given once per member after the end; coordinators see figures only from five answers', async () => {
    const { coordinator } = await outsiders(t);
    const answer = {
      zufriedenheit: '4',
      ziele: 'partly',
      empfehlen: 'yes',
      mentorin: 'maybe',
      kommentar: SECRET,
    };
    const before = await createTandem(t, { status: 'active' });
    expect(text((await before.menteeBrowser.get(`/tandems/${before.id}/rueckmeldung`)).body)).toContain(
      'Die Rückmeldung ist möglich, sobald das Tandem beendet ist.',
    );
    let stats = text((await coordinator.get('/koordination/rueckmeldungen')).body);
    expect(stats).toContain('Noch zu wenige Rückmeldungen für eine Auswertung (mindestens 5).');
    for (let i = 0; i < 3; i++) {
      const pair = await createTandem(t, { status: 'ended' });
      const url = `/tandems/${pair.id}/rueckmeldung`;
      expect((await pair.menteeBrowser.post(url, answer)).statusCode).toBe(303);
      expect((await pair.menteeBrowser.post(url, answer)).statusCode).toBe(409);
      if (i < 2)
        expect((await pair.mentorBrowser.post(url, { ...answer, zufriedenheit: '5' })).statusCode).toBe(303);
    }
    const missing = await createTandem(t, { status: 'ended' });
    const bad = await missing.menteeBrowser.post(`/tandems/${missing.id}/rueckmeldung`, {
      zufriedenheit: '9',
    });
    expect(bad.statusCode).toBe(422);
    expect(text(bad.body)).toContain('Bitte wählen Sie einen Wert von 1 bis 5.');
    stats = text((await coordinator.get('/koordination/rueckmeldungen')).body);
    expect(stats).toContain('5 Rückmeldungen');
    expect(stats).toContain('Zufriedenheit im Mittel: 4,4 von 5');
    expect(stats).toContain('Würden weiterempfehlen: 100 %');
    // The comments are shared as the form says: anonymously, from five answers on.
    expect(stats).toContain(SECRET);
    expect(stats).not.toContain(missing.mentee.user.name);
  });
});
