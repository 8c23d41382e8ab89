import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { type TestClient, text } from '../../../../test/helpers/client.ts';
import { createUser, linkIn, mailsTo } from '../../../../test/helpers/factories.ts';
import {
  browserFor,
  createTandem,
  outsiders,
  refusalFor,
  strangerAnswer,
} from '../../../../test/support/tandems.ts';
import { HOUR, insertMeeting, meetingRow } from '../../../../test/support/tandems-meetings.ts';
import { tandems } from '../../../db/schema/index.ts';

const t = useTestApp();

const tandemRow = async (id: string) => (await t.db.select().from(tandems).where(eq(tandems.id, id)))[0]!;

describe('ending a tandem', () => {
  it('as planned: needs the confirmation, ends it once, mails both with the feedback form and invites the mentee', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const url = `/tandems/${pair.id}/ende`;
    const form = text((await pair.menteeBrowser.get(url)).body);
    expect(form).toContain('Das Mentoring ist wie geplant abgeschlossen');
    expect(form).toContain('Ich möchte das Tandem beenden');
    const unconfirmed = await pair.menteeBrowser.post(url, { art: 'planned' });
    expect(unconfirmed.statusCode).toBe(422);
    expect(text(unconfirmed.body)).toContain('Bitte bestätigen Sie, dass Sie das Tandem beenden möchten.');
    expect((await tandemRow(pair.id)).status).toBe('active');

    const done = await pair.menteeBrowser.post(url, { art: 'planned', bestaetigt: 'ja' });
    expect([done.statusCode, done.headers.location]).toEqual([303, `/tandems/${pair.id}/rueckmeldung`]);
    const row = await tandemRow(pair.id);
    expect([row.status, row.endKind, row.endReason, row.endedBy, row.endedAt?.toISOString()]).toEqual([
      'ended',
      'planned',
      '',
      pair.mentee.user.id,
      t.clock.now().toISOString(),
    ]);
    const [menteeMail] = await mailsTo(t.db, pair.mentee.user.email);
    expect(menteeMail!.subject).toBe('Ihr Tandem ist beendet');
    expect(menteeMail!.text).toContain(
      'Möchten Sie Ihre Erfahrungen als Mentor*in weitergeben? Sie können auch in beiden Rollen gleichzeitig aktiv sein.',
    );
    expect(linkIn(menteeMail!.text, '/registrierung')).toBe(
      '/registrierung?programm=klimaschutz&rolle=mentor',
    );
    expect(linkIn(menteeMail!.text, '/tandems/')).toBe(`/tandems/${pair.id}/rueckmeldung`);
    const [mentorMail] = await mailsTo(t.db, pair.mentor.user.email);
    expect(linkIn(mentorMail!.text, '/tandems/')).toBe(`/tandems/${pair.id}/rueckmeldung`);
    expect(mentorMail!.text).not.toContain('Mentor*in weitergeben');
    // The ended workspace repeats the invitation for the mentee only.
    const becomeLink = 'href="/registrierung?programm=klimaschutz&amp;rolle=mentor"';
    const menteeWorkspace = (await pair.menteeBrowser.get(`/tandems/${pair.id}`)).body;
    expect(text(menteeWorkspace)).toContain('Als Mentor*in anmelden');
    expect(menteeWorkspace).toContain(becomeLink);
    expect((await pair.mentorBrowser.get(`/tandems/${pair.id}`)).body).not.toContain(becomeLink);

    for (const member of [pair.menteeBrowser, pair.mentorBrowser]) {
      expect((await member.post(url, { art: 'planned', bestaetigt: 'ja' })).statusCode).toBe(409);
      expect((await member.get(url)).statusCode).toBe(409);
    }
    expect(await mailsTo(t.db, pair.mentor.user.email)).toHaveLength(1);
  });

  it('cancels the planned meetings, so the calendar feeds show them cancelled; held ones stay held', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const planned = await insertMeeting(t, pair.id, {
      status: 'planned',
      startsAt: new Date(t.clock.now().getTime() + 48 * HOUR),
    });
    const held = await insertMeeting(t, pair.id, { status: 'held' });
    const done = await pair.mentorBrowser.post(`/tandems/${pair.id}/ende`, {
      art: 'planned',
      bestaetigt: 'ja',
    });
    expect(done.statusCode).toBe(303);
    expect(await meetingRow(t, planned.id)).toMatchObject({ status: 'cancelled', sequence: 1 });
    expect((await meetingRow(t, held.id)).status).toBe('held');
    // The coordinators see how it ended, not why.
    const { coordinator } = await outsiders(t);
    expect(text((await coordinator.get('/koordination/tandems')).body)).toContain('Beendet (wie geplant)');
    const [mail] = await mailsTo(t.db, pair.mentee.user.email);
    expect(mail!.text).toContain('Geplante Treffen dieses Tandems (1) sind damit abgesagt');
    // The ended workspace offers no next meeting any more.
    expect(text((await pair.menteeBrowser.get(`/tandems/${pair.id}`)).body)).not.toContain(
      'Treffen ansehen und vorbereiten',
    );
  });

  it('early: a reason is required and kept, but never sent by mail', async () => {
    const pair = await createTandem(t, { status: 'kickoff_pending' });
    const url = `/tandems/${pair.id}/ende`;
    const tooLong = await pair.mentorBrowser.post(url, {
      art: 'early',
      grund: 'x'.repeat(2001),
      bestaetigt: 'ja',
    });
    expect(tooLong.statusCode).toBe(422);
    expect(text(tooLong.body)).toContain('Der Grund darf höchstens 2.000 Zeichen lang sein.');
    const reason = 'GEHEIM-ende-9 Umzug in eine andere Kommune';
    expect(
      (await pair.mentorBrowser.post(url, { art: 'early', grund: reason, bestaetigt: 'ja' })).statusCode,
    ).toBe(303);
    const row = await tandemRow(pair.id);
    expect([row.endKind, row.endReason, row.endedBy]).toEqual(['early', reason, pair.mentor.user.id]);
    for (const email of [pair.mentee.user.email, pair.mentor.user.email]) {
      const mails = await mailsTo(t.db, email);
      expect(mails).toHaveLength(1);
      expect(JSON.stringify(mails)).not.toContain('GEHEIM-ende-9');
    }
  });
});

describe('the help section and feedback for the members', () => {
  it('offers support and the end while running, then the feedback form, then thanks', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const home = `/tandems/${pair.id}`;
    let page = text((await pair.menteeBrowser.get(home)).body);
    expect(page).toContain('Unterstützung anfragen');
    expect(page).toContain('Sie können jederzeit auch die Koordination um Unterstützung bitten.');
    expect(page).toContain('Tandem beenden');
    const early = text((await pair.menteeBrowser.get(`${home}/rueckmeldung`)).body);
    expect(early).toContain('Die Rückmeldung ist möglich, sobald das Tandem beendet ist.');

    await pair.mentorBrowser.post(`${home}/ende`, { art: 'planned', bestaetigt: 'ja' });
    page = text((await pair.menteeBrowser.get(home)).body);
    expect(page).toContain('Rückmeldung zum Mentoring geben');
    expect(page).not.toContain('Tandem beenden');
    const form = text((await pair.menteeBrowser.get(`${home}/rueckmeldung`)).body);
    expect(form).toContain('Wie zufrieden sind Sie mit dem Mentoring?');
    expect(form).toContain('1 = gar nicht zufrieden, 5 = sehr zufrieden');

    const answer = { zufriedenheit: '5', ziele: 'yes', empfehlen: 'yes', mentorin: 'yes', kommentar: '' };
    const kept = await pair.menteeBrowser.post(`${home}/rueckmeldung`, { ...answer, ziele: 'vielleicht' });
    expect(kept.statusCode).toBe(422);
    expect(text(kept.body)).toContain('Bitte wählen Sie, ob Sie Ihre Ziele erreicht haben.');
    expect(kept.body).toMatch(/value="5"[^>]*checked/);
    expect((await pair.menteeBrowser.post(`${home}/rueckmeldung`, answer)).statusCode).toBe(303);
    expect(text((await pair.menteeBrowser.get(`${home}/rueckmeldung`)).body)).toContain(
      'Danke, Ihre Rückmeldung ist gespeichert',
    );
    expect(text((await pair.menteeBrowser.get(home)).body)).toContain(
      'Danke, Ihre Rückmeldung ist gespeichert',
    );
    // The partner's feedback is still open.
    expect(text((await pair.mentorBrowser.get(home)).body)).toContain('Rückmeldung zum Mentoring geben');
  });

  it('the support page lists only the requester’s own requests', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const url = `/tandems/${pair.id}/unterstuetzung`;
    const tooLong = await pair.mentorBrowser.post(url, { grund: 'other', nachricht: 'x'.repeat(4001) });
    expect(tooLong.statusCode).toBe(422);
    expect(text(tooLong.body)).toContain('Die Nachricht darf höchstens 4.000 Zeichen lang sein.');
    expect(await pair.mentorBrowser.post(url, { grund: 'other', nachricht: 'Bitte melden' })).toMatchObject({
      statusCode: 303,
    });
    expect(text((await pair.mentorBrowser.get(url)).body)).toContain('Sonstiges – Offen');
    const partner = text((await pair.menteeBrowser.get(url)).body);
    expect(partner).toContain('Sie haben noch keine Anfrage gestellt.');
    expect(partner).not.toContain('Sonstiges – Offen');
  });

  it('every help route of a tandem answers 404 to signed-in outsiders and the login to the signed-out, reading or writing', async () => {
    const pair = await createTandem(t, { status: 'ended' });
    const anonymous = await browserFor(t, await createUser(t.db));
    anonymous.cookies.clear();
    const strangers: Record<string, TestClient> = { ...(await outsiders(t)), anonymous };
    const bodies: Record<string, Record<string, string>> = {
      unterstuetzung: { grund: 'other', nachricht: 'x' },
      ende: { art: 'planned', bestaetigt: 'ja' },
      rueckmeldung: { zufriedenheit: '3', ziele: 'no', empfehlen: 'no', mentorin: 'no' },
    };
    for (const [segment, body] of Object.entries(bodies)) {
      const url = `/tandems/${pair.id}/${segment}`;
      for (const [who, browser] of Object.entries(strangers)) {
        expect([who, url, strangerAnswer(await browser.get(url))]).toEqual([who, url, refusalFor(who)]);
        const res = await browser.post(url, body, { tokenFrom: '/konto' });
        expect([who, url, strangerAnswer(res)]).toEqual([who, url, refusalFor(who)]);
      }
    }
  });
});
