import { describe, expect, it } from 'vitest';
import { createTestApp, useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { createUser } from '../../../../test/helpers/factories.ts';
import { browserFor, createTandem, outsiders } from '../../../../test/support/tandems.ts';
import { tandemFeedback } from '../../../db/schema/index.ts';

const t = useTestApp();

const COMMENT = 'GEHEIM-freitext-5';

describe('the coordinators’ feedback figures', () => {
  it('stay hidden with four answers and show the right numbers and the comments from the fifth on, per programme', async () => {
    const { coordinator } = await outsiders(t);
    const adaptation = await browserFor(
      t,
      await createUser(t.db, { kind: 'coordinator', coordinatorOf: 'klimaanpassung' }),
    );
    const answers = [
      { zufriedenheit: '1', ziele: 'no', empfehlen: 'no', mentorin: 'no' },
      { zufriedenheit: '2', ziele: 'partly', empfehlen: 'no', mentorin: 'maybe' },
      { zufriedenheit: '3', ziele: 'partly', empfehlen: 'yes', mentorin: 'maybe' },
      { zufriedenheit: '5', ziele: 'yes', empfehlen: 'yes', mentorin: 'yes' },
      { zufriedenheit: '5', ziele: 'yes', empfehlen: 'yes', mentorin: 'no' },
    ];
    const give = async (answer: Record<string, string>) => {
      const pair = await createTandem(t, { status: 'ended' });
      const res = await pair.mentorBrowser.post(`/tandems/${pair.id}/rueckmeldung`, {
        ...answer,
        kommentar: COMMENT,
      });
      expect(res.statusCode).toBe(303);
    };
    for (const answer of answers.slice(0, 4)) await give(answer);
    let page = text((await coordinator.get('/koordination/rueckmeldungen')).body);
    expect(page).toContain('4 Rückmeldungen');
    expect(page).toContain('Noch zu wenige Rückmeldungen für eine Auswertung (mindestens 5).');
    expect(page).not.toContain('Zufriedenheit im Mittel');
    expect(page).not.toContain(COMMENT);
    expect(page).not.toContain('Freitexte (ohne Namen');

    await give(answers[4]!);
    page = text((await coordinator.get('/koordination/rueckmeldungen')).body);
    expect(page).toContain('5 Rückmeldungen');
    expect(page).toContain('Zufriedenheit im Mittel: 3,2 von 5');
    expect(page).toContain('Verteilung der Zufriedenheit Wert Anzahl 1 1 2 1 3 1 4 0 5 2');
    expect(page).toContain('Ziele erreicht: ja 40 %, teilweise 40 %, nein 20 %');
    expect(page).toContain('Würden weiterempfehlen: 60 %');
    expect(page).toContain('Würden Mentor*in werden: ja 20 %, vielleicht 40 %');
    // From the fifth answer on, as the figures: the comments their authors were told the coordinators read.
    expect(page).toContain('Freitexte (ohne Namen, alphabetisch)');
    expect(page.split(COMMENT).length - 1).toBe(5);

    // Another programme's coordinators see their own (empty) programme only.
    const other = text((await adaptation.get('/koordination/rueckmeldungen')).body);
    expect(other).not.toContain(COMMENT);
    expect(other).toContain('0 Rückmeldungen');
    expect(other).not.toContain('Zufriedenheit im Mittel');
  });

  it('is given once per member: both members answer, a second answer is refused', async () => {
    const pair = await createTandem(t, { status: 'ended' });
    const url = `/tandems/${pair.id}/rueckmeldung`;
    const answer = { zufriedenheit: '4', ziele: 'yes', empfehlen: 'yes', mentorin: 'maybe' };
    expect((await pair.menteeBrowser.post(url, answer)).statusCode).toBe(303);
    expect((await pair.mentorBrowser.post(url, answer)).statusCode).toBe(303);
    const second = await pair.menteeBrowser.post(url, { ...answer, zufriedenheit: '1' });
    expect(second.statusCode).toBe(409);
    expect(text(second.body)).toContain('Danke, Ihre Rückmeldung ist gespeichert');
    const tooLong = await createTandem(t, { status: 'ended' });
    const res = await tooLong.menteeBrowser.post(`/tandems/${tooLong.id}/rueckmeldung`, {
      ...answer,
      kommentar: 'x'.repeat(4001),
    });
    expect(res.statusCode).toBe(422);
    expect(text(res.body)).toContain('Der Text darf höchstens 4.000 Zeichen lang sein.');
  });

  it('never show a comment given while the form promised that free texts stay unread, nor any name', async () => {
    const t2 = await createTestApp();
    try {
      const { coordinator } = await outsiders(t2);
      const names: string[] = [];
      for (let i = 0; i < 5; i++) {
        const pair = await createTandem(t2, { status: 'ended' });
        names.push(pair.mentee.user.name, pair.mentor.user.name);
        const res = await pair.menteeBrowser.post(`/tandems/${pair.id}/rueckmeldung`, {
          zufriedenheit: '4',
          ziele: 'yes',
          empfehlen: 'yes',
          mentorin: 'maybe',
          kommentar: i === 0 ? 'Neu: sehr hilfreich' : '',
        });
        expect(res.statusCode).toBe(303);
      }
      // An answer from before: stored with the promise that nobody reads it.
      const old = await createTandem(t2, { status: 'ended' });
      await t2.db.insert(tandemFeedback).values({
        tandemId: old.id,
        programmeId: old.mentee.programme.id,
        userId: old.mentee.user.id,
        side: 'mentee',
        satisfaction: 3,
        goalsReached: 'partly',
        wouldRecommend: true,
        wouldMentor: 'no',
        comment: 'Alt: bitte nicht weitergeben',
      });
      const page = text((await coordinator.get('/koordination/rueckmeldungen')).body);
      expect(page).toContain('6 Rückmeldungen');
      expect(page).toContain('Neu: sehr hilfreich');
      expect(page).not.toContain('Alt: bitte nicht weitergeben');
      for (const name of names) expect(page).not.toContain(name);
      const form = text((await old.mentorBrowser.get(`/tandems/${old.id}/rueckmeldung`)).body);
      expect(form).toContain('Die Koordination liest Ihren Text ohne Ihren Namen');
    } finally {
      await t2.close();
    }
  });
});
