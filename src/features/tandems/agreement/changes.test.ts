import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { mailsTo } from '../../../../test/helpers/factories.ts';
import { createTandem } from '../../../../test/support/tandems.ts';
import { agreementVersions, goals } from '../../../db/schema/index.ts';

const t = useTestApp();

const record = (basis: string, extra: Record<string, string> = {}) => ({
  erwartungen: 'Offener Austausch',
  bedarfe: 'Antragstellung',
  wuensche: 'Kontakte',
  kapazitaeten: 'Eine Stunde im Monat',
  ziele: 'Förderantrag stellen',
  formate: 'online',
  rhythmus: 'regular',
  erreichbarkeit: 'Per E-Mail',
  basis,
  ...extra,
});

async function inForce(pair: Awaited<ReturnType<typeof createTandem>>) {
  const url = `/tandems/${pair.id}/vereinbarung`;
  await pair.menteeBrowser.post(url, record('0'));
  await pair.menteeBrowser.post(`${url}/bestaetigung`, { version: '1' });
  await pair.mentorBrowser.post(`${url}/bestaetigung`, { version: '1' });
}

describe('changing the agreement in force', () => {
  it('keeps the old agreement until both confirm the change, then adds only new goals', async () => {
    const pair = await createTandem(t);
    await inForce(pair);
    const url = `/tandems/${pair.id}/vereinbarung`;
    const form = await pair.mentorBrowser.get(url);
    expect(form.body).toContain('name="basis" value="1"');
    expect(form.body).toContain('Offener Austausch</textarea>');

    const changed = await pair.mentorBrowser.post(
      url,
      record('1', { erwartungen: 'Mehr Praxis', ziele: 'Förderantrag stellen\n\nNetzwerk aufbauen' }),
    );
    expect(changed.statusCode).toBe(303);
    const partnerMails = await mailsTo(t.db, pair.mentee.user.email);
    expect(partnerMails.map((m) => m.subject)).toContain('Die Vereinbarung in Ihrem Tandem wurde geändert');
    expect(JSON.stringify(partnerMails)).not.toContain('Mehr Praxis');

    // Saving does not confirm: the author is offered the confirmation too.
    const authorView = text((await pair.mentorBrowser.get(`/tandems/${pair.id}`)).body);
    expect(authorView).toContain('Eine geänderte Fassung (2) wartet auf Bestätigung.');
    expect(authorView).toContain('Fassung 2 bestätigen');
    expect(authorView).toContain('Offener Austausch');
    expect(authorView).not.toContain('Mehr Praxis');

    await pair.menteeBrowser.post(`${url}/bestaetigung`, { version: '2' });
    const menteeView = text((await pair.menteeBrowser.get(`/tandems/${pair.id}`)).body);
    expect(menteeView).toContain('Sie haben bestätigt; die Bestätigung Ihrer Tandem-Partner*in steht aus.');
    expect(menteeView).not.toContain('Fassung 2 bestätigen');

    await pair.mentorBrowser.post(`${url}/bestaetigung`, { version: '2' });
    const workspace = text((await pair.menteeBrowser.get(`/tandems/${pair.id}`)).body);
    expect(workspace).toContain('Mehr Praxis');
    expect(workspace).not.toContain('wartet auf Bestätigung');
    const titles = (await t.db.select().from(goals).where(eq(goals.tandemId, pair.id))).map((g) => g.title);
    expect(titles).toEqual(['Förderantrag stellen', 'Netzwerk aufbauen']);

    const history = text((await pair.mentorBrowser.get(`${url}/verlauf`)).body);
    expect(history.indexOf('Fassung 2 (gilt)')).toBeGreaterThan(-1);
    expect(history.indexOf('Fassung 2 (gilt)')).toBeLessThan(history.indexOf('Fassung 1'));
    expect(history).toContain(`Gespeichert von ${pair.mentor.user.name}`);
    expect(history).toContain(`Gespeichert von ${pair.mentee.user.name}`);
    expect(history).toContain(`Bestätigt von ${pair.mentee.user.name} am`);
    expect(history).toContain(`Bestätigt von ${pair.mentor.user.name} am`);
    expect(history).toContain('Mehr Praxis');
    expect(history).toContain('Offener Austausch');
  });

  it('lets only one of two saves on the same version through', async () => {
    const pair = await createTandem(t);
    const url = `/tandems/${pair.id}/vereinbarung`;
    const [a, b] = await Promise.all([
      pair.menteeBrowser.post(url, record('0', { erwartungen: 'Fassung A' })),
      pair.mentorBrowser.post(url, record('0', { erwartungen: 'Fassung B' })),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([303, 409]);
    const rows = await t.db.select().from(agreementVersions).where(eq(agreementVersions.tandemId, pair.id));
    expect(rows).toHaveLength(1);
    const refused = a.statusCode === 409 ? a : b;
    expect(text(refused.body)).toContain('Ihre Tandem-Partner*in hat die Vereinbarung inzwischen geändert.');
    // Announced and focused when the page loads, so it is read first.
    expect(refused.body).toContain(
      '<div class="kern-alert kern-alert--warning" role="status" tabindex="-1" data-error-summary="true">',
    );
  });
});

describe('an ended tandem', () => {
  it('keeps its kick-off and agreement readable and refuses every change in German', async () => {
    const pair = await createTandem(t, { status: 'ended' });
    const base = `/tandems/${pair.id}`;
    await t.db.insert(agreementVersions).values({
      tandemId: pair.id,
      version: 1,
      content: {
        expectations: 'Gemeinsam lernen',
        needs: '',
        wishes: '',
        capacities: '',
        goals: '',
        formats: ['phone'],
        rhythm: 'on_demand',
        reachability: '',
      },
      authorId: pair.mentee.user.id,
    });
    const page = await pair.mentorBrowser.get(`${base}/vereinbarung`);
    expect(page.statusCode).toBe(200);
    expect(text(page.body)).toContain('Gemeinsam lernen');
    expect(text(page.body)).toContain('Dieses Tandem ist beendet');
    expect(page.body).not.toContain('<textarea');
    expect((await pair.mentorBrowser.get(`${base}/kickoff`)).statusCode).toBe(200);
    expect((await pair.mentorBrowser.get(`${base}/vereinbarung/verlauf`)).statusCode).toBe(200);

    const posts: [string, Record<string, string>][] = [
      [`${base}/kickoff`, { pass_on: 'Neu' }],
      [`${base}/kickoff/teilen`, { teilen: 'ja' }],
      [`${base}/vereinbarung`, record('1')],
      [`${base}/vereinbarung/bestaetigung`, { version: '1' }],
    ];
    for (const [url, fields] of posts) {
      const res = await pair.mentorBrowser.post(url, fields);
      expect([url, res.statusCode]).toEqual([url, 409]);
      expect(text(res.body)).toContain('Dieses Tandem ist beendet');
    }
    const [row] = await t.db.select().from(agreementVersions).where(eq(agreementVersions.tandemId, pair.id));
    expect(row!.mentorConfirmedAt).toBeNull();
  });
});
