import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { text } from '../../../test/helpers/client.ts';
import { mailsTo } from '../../../test/helpers/factories.ts';
import { browserFor, createTandem, outsiders } from '../../../test/support/tandems.ts';
import { outboxRows, plantContents, SECRET } from '../../../test/support/tandems-confidentiality.ts';
import { supportCases } from '../../db/schema/index.ts';
import { sweepStalledTandems } from './attention/service.ts';

/** A feedback comment: the author is told the coordinators read it (anonymously), unlike the contents. */
const COMMENT = 'RUECKMELDUNG-FREITEXT-4b2e';

/*
 * The care of a tandem (stall reminder, attention list, support case, ending, feedback) as the
 * coordinators see it, with the marker planted in every contents column of the tandems concerned:
 * the coordinators' pages, including a support case's page, and every mail sent on the way carry
 * dates and counts only. The confidentiality test visits the coordinator pages without parameters;
 * this one reaches the case page and the states only the stall sweep and the case work produce.
 */

const WEEK = 7 * 86_400_000;

const t = useTestApp();

describe('the coordinators’ view of a tandem’s care', () => {
  it('never shows contents on their pages or in any mail, from the stall reminder to the feedback', async () => {
    const stalled = await createTandem(t, { status: 'active' });
    const asking = await createTandem(t, { status: 'active' });
    await plantContents(t, stalled);
    await plantContents(t, asking);
    const asked = await asking.menteeBrowser.post(`/tandems/${asking.id}/unterstuetzung`, {
      grund: 'no_progress',
      nachricht: 'Bitte rufen Sie uns an.',
    });
    expect(asked.statusCode).toBe(303);
    const [c] = await t.db.select().from(supportCases).where(eq(supportCases.tandemId, asking.id));
    const casePath = `/koordination/unterstuetzung/${c!.id}`;

    // Past the planted planned meeting, six weeks without activity: reminder; four more: attention.
    t.clock.advance(7 * WEEK);
    expect((await sweepStalledTandems(t.app.deps)).reminded).toBe(2);
    t.clock.advance(4 * WEEK);
    expect((await sweepStalledTandems(t.app.deps)).escalated).toBe(2);
    // Sessions have expired meanwhile: everyone signs in afresh.
    const { coordinator } = await outsiders(t);
    const browsers = async (pair: typeof stalled) => [
      await browserFor(t, pair.mentee.user),
      await browserFor(t, pair.mentor.user),
    ];
    const [stalledMentee, stalledMentor] = await browsers(stalled);
    const [askingMentee, askingMentor] = await browsers(asking);
    const [reminder] = await mailsTo(t.db, stalled.mentee.user.email);
    expect(reminder!.subject).toBe('Wie geht es Ihrem Tandem?');

    const overview = await coordinator.get('/koordination/tandems');
    expect(text(overview.body)).toContain('Braucht Aufmerksamkeit (2)');
    expect(text(overview.body)).toContain(`${stalled.mentee.user.name} mit ${stalled.mentor.user.name}`);
    const casePage = await coordinator.get(casePath);
    expect(casePage.statusCode).toBe(200);
    expect(text(casePage.body)).toContain('Bitte rufen Sie uns an.');

    const pages = [
      '/koordination/tandems',
      '/koordination/tandems?stand=active',
      '/koordination/unterstuetzung',
      casePath,
      '/koordination/rueckmeldungen',
    ];
    for (const url of pages) {
      const res = await coordinator.get(url);
      expect([url, res.statusCode]).toEqual([url, 200]);
      expect(res.body, url).not.toContain(SECRET);
    }

    // The case ends in a re-match, the other tandem ends early; both mail both members.
    expect((await coordinator.post(`${casePath}/ergebnis`, { ergebnis: 'rematch' })).statusCode).toBe(303);
    const ended = await stalledMentor!.post(`/tandems/${stalled.id}/ende`, {
      art: 'early',
      grund: 'Stellenwechsel',
      bestaetigt: 'ja',
    });
    expect(ended.statusCode).toBe(303);
    for (const [pair, members] of [
      [stalled, [stalledMentee!, stalledMentor!]],
      [asking, [askingMentee!, askingMentor!]],
    ] as const) {
      for (const member of members) {
        const res = await member.post(`/tandems/${pair.id}/rueckmeldung`, {
          zufriedenheit: '3',
          ziele: 'partly',
          empfehlen: 'yes',
          mentorin: 'maybe',
          kommentar: `Freitext ${COMMENT}`,
        });
        expect(res.statusCode).toBe(303);
      }
    }
    const extra = await createTandem(t, { status: 'ended' });
    const fifth = await extra.menteeBrowser.post(`/tandems/${extra.id}/rueckmeldung`, {
      zufriedenheit: '3',
      ziele: 'yes',
      empfehlen: 'no',
      mentorin: 'no',
      kommentar: `Freitext ${COMMENT}`,
    });
    expect(fifth.statusCode).toBe(303);

    // Five answers: the figures, and the comments their authors were told the coordinators read,
    // on the feedback page only; a tandem's contents nowhere.
    const stats = await coordinator.get('/koordination/rueckmeldungen');
    expect(text(stats.body)).toContain('5 Rückmeldungen');
    expect(text(stats.body)).toContain(`Freitext ${COMMENT}`);
    for (const url of [...pages, '/koordination/tandems?stand=ended']) {
      const res = await coordinator.get(url);
      expect([url, res.statusCode]).toEqual([url, 200]);
      expect(res.body, url).not.toContain(SECRET);
      if (url !== '/koordination/rueckmeldungen') expect(res.body, url).not.toContain(COMMENT);
    }
    const mails = await outboxRows(t);
    expect(mails.length).toBeGreaterThanOrEqual(9);
    for (const mail of mails) {
      expect(JSON.stringify(mail)).not.toContain(SECRET);
      expect(JSON.stringify(mail)).not.toContain(COMMENT);
    }
  });
});
