import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { TestClient, text } from '../../../test/helpers/client.ts';
import { createUser, PASSWORD } from '../../../test/helpers/factories.ts';
import { browserFor, createTandem } from '../../../test/support/tandems.ts';
import { planFields } from '../../../test/support/tandems-meetings.ts';
import { outbox } from '../../db/schema/index.ts';

const t = useTestApp();

const BASE = 'http://localhost:3000';
const linksIn = (mailText: string) =>
  [...mailText.matchAll(/https?:\/\/localhost:3000[^\s)>\]]*/g)].map((m) => m[0].slice(BASE.length) || '/');

describe('links in mails, followed by someone signed out', () => {
  it('lead to the login and from there to the page, for every link a tandem’s mails carry', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const coordinator = await browserFor(
      t,
      await createUser(t.db, { kind: 'coordinator', coordinatorOf: 'klimaschutz' }),
    );
    expect((await pair.menteeBrowser.post(`/tandems/${pair.id}/treffen`, planFields())).statusCode).toBe(303);
    const support = await pair.menteeBrowser.post(`/tandems/${pair.id}/unterstuetzung`, {
      grund: 'no_progress',
      nachricht: 'Wir kommen nicht voran.',
    });
    expect(support.statusCode).toBe(303);
    const other = await createTandem(t, { status: 'active' });
    await other.mentorBrowser.post(`/tandems/${other.id}/ende`, {
      art: 'early',
      grund: 'Zeit',
      bestaetigt: 'ja',
    });
    const caseLink = (await t.db.select().from(outbox))
      .flatMap((m) => linksIn(m.text))
      .find((l) => l.startsWith('/koordination/unterstuetzung/'))!;
    expect((await coordinator.post(`${caseLink}/ergebnis`, { ergebnis: 'rematch' })).statusCode).toBe(303);

    const links = [...new Set((await t.db.select().from(outbox)).flatMap((m) => linksIn(m.text)))];
    // Meeting, support, early end, re-match and end mails: tandem pages and coordination pages.
    expect(links.some((l) => l.startsWith(`/tandems/${pair.id}/treffen/`))).toBe(true);
    expect(links).toContain(`/tandems/${pair.id}/rueckmeldung`);
    expect(links).toContain(`/koordination/tandems/${other.id}/ende`);
    for (const link of links) {
      const browser = new TestClient(t.app);
      let res = await browser.get(link);
      const login = `/anmelden?weiter=${encodeURIComponent(link)}`;
      // A public page may move on within itself (the registration's first step), and then answers.
      if (res.statusCode === 303 && res.headers.location !== login)
        res = await browser.get(String(res.headers.location));
      const answer = res.statusCode === 303 ? String(res.headers.location) : String(res.statusCode);
      const ok = answer === '200' || answer === login;
      expect([link, answer, ok]).toEqual([link, answer, true]);
    }

    // The mentee, signed out, follows the feedback link: login, then the page itself.
    const link = `/tandems/${pair.id}/rueckmeldung`;
    const browser = new TestClient(t.app);
    const first = await browser.get(link);
    const login = await browser.get(String(first.headers.location));
    expect(login.body).toContain(`name="weiter" value="${link}"`);
    const signedIn = await browser.post(
      '/anmelden',
      { email: pair.mentee.user.email, password: PASSWORD, weiter: link },
      { tokenFrom: String(first.headers.location) },
    );
    expect([signedIn.statusCode, signedIn.headers.location]).toEqual([303, link]);
    const page = await browser.get(link);
    expect(page.statusCode).toBe(200);
    expect(text(page.body)).toContain('Rückmeldung');
  });

  it('treat an unknown tandem like a real one until signed in, then answer 404', async () => {
    const unknown = '/tandems/00000000-0000-4000-8000-000000000000/rueckmeldung';
    const res = await new TestClient(t.app).get(unknown);
    expect([res.statusCode, res.headers.location]).toEqual([
      303,
      `/anmelden?weiter=${encodeURIComponent(unknown)}`,
    ]);
    const pair = await createTandem(t, { status: 'active' });
    expect((await pair.menteeBrowser.get(unknown)).statusCode).toBe(404);
  });
});
