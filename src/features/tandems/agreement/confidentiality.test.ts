import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { TestClient, text } from '../../../../test/helpers/client.ts';
import { createTandem, outsiders, refusalFor, strangerAnswer } from '../../../../test/support/tandems.ts';
import { outbox } from '../../../db/schema/index.ts';

const MARKER = 'GEHEIM-Vereinbarung-0815';

const t = useTestApp({ logStream: { write: (line) => log.push(line) } });
const log: string[] = [];

/** A kick-off record with the marker in every text field. */
const marked = (basis: string) => ({
  erwartungen: `Erwartung ${MARKER}`,
  bedarfe: `Bedarf ${MARKER}`,
  wuensche: `Wunsch ${MARKER}`,
  kapazitaeten: `Kapazität ${MARKER}`,
  ziele: `Ziel ${MARKER}`,
  formate: 'in_person',
  rhythmus: 'on_demand',
  erreichbarkeit: `Erreichbar ${MARKER}`,
  basis,
});

describe('the kick-off and the agreement stay between the two members', () => {
  it('no mail and no log line carries a preparation answer or any field of the agreement', async () => {
    const pair = await createTandem(t);
    const base = `/tandems/${pair.id}`;
    await pair.menteeBrowser.post(`${base}/kickoff`, { learn: `Lernen ${MARKER}`, reach: `Ziel ${MARKER}` });
    await pair.mentorBrowser.post(`${base}/kickoff`, {
      pass_on: `Wissen ${MARKER}`,
      connect: `Netz ${MARKER}`,
      learn_myself: `Selbst ${MARKER}`,
    });
    await pair.menteeBrowser.post(`${base}/kickoff/teilen`, { teilen: 'ja' });
    expect((await pair.menteeBrowser.post(`${base}/vereinbarung`, marked('0'))).statusCode).toBe(303);
    expect(
      (await pair.menteeBrowser.post(`${base}/vereinbarung/bestaetigung`, { version: '1' })).statusCode,
    ).toBe(303);
    expect(
      (await pair.mentorBrowser.post(`${base}/vereinbarung/bestaetigung`, { version: '1' })).statusCode,
    ).toBe(303);

    const mails = await t.db.select().from(outbox);
    const mine = mails.filter((m) => [pair.mentee.user.email, pair.mentor.user.email].includes(m.to));
    expect(mine.map((m) => m.template).sort()).toEqual([
      'tandems.agreement.changed',
      'tandems.agreement.confirmed',
      'tandems.agreement.confirmed',
    ]);
    const confirmed = mine.filter((m) => m.template === 'tandems.agreement.confirmed');
    expect(confirmed.map((m) => m.to).sort()).toEqual(
      [pair.mentee.user.email, pair.mentor.user.email].sort(),
    );
    for (const mail of confirmed) {
      expect(mail.subject).toBe('Ihre Vereinbarung im Tandem ist bestätigt');
      expect(JSON.stringify(mail)).toContain(`/tandems/${pair.id}`);
    }
    for (const mail of mails) expect(JSON.stringify(mail)).not.toContain(MARKER);
    expect(log.join('\n')).not.toContain(MARKER);

    // The two members do read it all, organisation included.
    const workspace = text((await pair.mentorBrowser.get(base)).body);
    expect(workspace).toContain(`Erwartung ${MARKER}`);
    expect(workspace).toContain(`Ziel ${MARKER}`);
    expect(workspace).toContain(`Erreichbar ${MARKER}`);
    expect(workspace).toContain('In Präsenz');
  });

  it('every kick-off and agreement route answers 404 to a coordinator, an admin, another participant and the login to an anonymous visitor', async () => {
    const pair = await createTandem(t);
    const base = `/tandems/${pair.id}`;
    await pair.menteeBrowser.post(`${base}/kickoff`, { learn: `Lernen ${MARKER}` });
    await pair.menteeBrowser.post(`${base}/kickoff/teilen`, { teilen: 'ja' });
    await pair.menteeBrowser.post(`${base}/vereinbarung`, marked('0'));
    const routes: [string, string][] = [
      ['GET', `${base}/kickoff`],
      ['POST', `${base}/kickoff`],
      ['POST', `${base}/kickoff/teilen`],
      ['GET', `${base}/vereinbarung`],
      ['POST', `${base}/vereinbarung`],
      ['POST', `${base}/vereinbarung/bestaetigung`],
      ['GET', `${base}/vereinbarung/verlauf`],
    ];
    const strangers = { ...(await outsiders(t)), anonymous: new TestClient(t.app) };
    for (const [method, url] of routes) {
      for (const member of [pair.menteeBrowser, pair.mentorBrowser]) {
        if (method === 'GET') expect([url, (await member.get(url)).statusCode]).toEqual([url, 200]);
      }
      for (const [who, browser] of Object.entries(strangers)) {
        const res =
          method === 'GET'
            ? await browser.get(url)
            : await browser.post(url, { ...marked('1'), version: '1', teilen: 'ja' }, { tokenFrom: '/' });
        expect([method, url, who, strangerAnswer(res)]).toEqual([method, url, who, refusalFor(who)]);
        expect(res.body).not.toContain(MARKER);
      }
    }
    // Nothing a stranger posted was saved.
    const history = text((await pair.menteeBrowser.get(`${base}/vereinbarung/verlauf`)).body);
    expect(history).not.toContain('Fassung 2');
    expect(history).toContain('Nicht bestätigt von');
  });
});
