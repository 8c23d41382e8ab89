import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { mailsTo } from '../../../../test/helpers/factories.ts';
import { createTandem } from '../../../../test/support/tandems.ts';
import { goals, tandems } from '../../../db/schema/index.ts';

const t = useTestApp();

const SECRET = 'GEHEIM-kickoff-42';

const record = (basis: string, extra: Record<string, string> = {}) => ({
  erwartungen: `Offener Austausch ${SECRET}`,
  bedarfe: 'Antragstellung',
  wuensche: 'Kontakte',
  kapazitaeten: 'Eine Stunde im Monat',
  ziele: `Förderantrag stellen\nKonzept beschließen ${SECRET}`,
  formate: 'online',
  rhythmus: 'regular',
  erreichbarkeit: 'Per E-Mail',
  basis,
  ...extra,
});

describe('the kick-off preparation', () => {
  it('stays private until its author shares it', async () => {
    const pair = await createTandem(t);
    const url = `/tandems/${pair.id}/kickoff`;
    const saved = await pair.menteeBrowser.post(url, {
      learn: `Fördermittel ${SECRET}`,
      reach: 'Ein Konzept',
    });
    expect(saved.statusCode).toBe(303);
    expect(text((await pair.menteeBrowser.get(url)).body)).toContain(`Fördermittel ${SECRET}`);
    let partner = text((await pair.mentorBrowser.get(url)).body);
    expect(partner).not.toContain(SECRET);
    expect(partner).toContain('Ihre Tandem-Partner*in hat die Vorbereitung noch nicht geteilt.');

    expect((await pair.menteeBrowser.post(`${url}/teilen`, { teilen: 'ja' })).statusCode).toBe(303);
    partner = text((await pair.mentorBrowser.get(url)).body);
    expect(partner).toContain(`Vorbereitung von ${pair.mentee.user.name}`);
    expect(partner).toContain(`Fördermittel ${SECRET}`);

    await pair.menteeBrowser.post(`${url}/teilen`, { teilen: 'nein' });
    expect(text((await pair.mentorBrowser.get(url)).body)).not.toContain(SECRET);
    // The mentor sees the mentor's questions.
    expect(partner).toContain('Welches Wissen und welche Erfahrungswerte können Sie weitergeben?');
  });

  it('shares what is typed when “Mit Tandem-Partner*in teilen” is pressed without saving first', async () => {
    const pair = await createTandem(t);
    const url = `/tandems/${pair.id}/kickoff`;
    const page = await pair.menteeBrowser.get(url);
    // The share button belongs to the form with the answers, so pressing it sends them.
    const form = /<form[^>]*action="([^"]+)"[^>]*>((?:(?!<\/form>)[\s\S])*)<\/form>/g;
    const withShare = [...page.body.matchAll(form)].find((m) => m[2]!.includes('name="teilen"'));
    expect(withShare?.[2]).toContain('name="learn"');
    const shared = await pair.menteeBrowser.post(withShare![1]!, {
      learn: `Nie gespeichert ${SECRET}`,
      reach: 'Ein Konzept',
      teilen: 'ja',
    });
    expect(shared.statusCode).toBe(303);
    const partner = text((await pair.mentorBrowser.get(url)).body);
    expect(partner).toContain(`Nie gespeichert ${SECRET}`);
    expect(partner).toContain('Ein Konzept');
    const own = text((await pair.menteeBrowser.get(url)).body);
    expect(own).toContain('Mit Ihrer Tandem-Partner*in geteilt seit');
  });

  it('refuses overlong answers with a German message and keeps them', async () => {
    const pair = await createTandem(t);
    const res = await pair.menteeBrowser.post(`/tandems/${pair.id}/kickoff`, {
      learn: 'x'.repeat(4001),
      reach: 'bleibt',
    });
    expect(res.statusCode).toBe(422);
    expect(text(res.body)).toContain('Bitte fassen Sie sich kürzer (höchstens 4.000 Zeichen).');
    expect(res.body).toContain('bleibt');
  });

  it('answers a tampered share form with a message that leads to the own preparation', async () => {
    const pair = await createTandem(t);
    const res = await pair.menteeBrowser.post(`/tandems/${pair.id}/kickoff/teilen`, { teilen: 'vielleicht' });
    expect(res.statusCode).toBe(422);
    expect(text(res.body)).toContain('Ob Ihre Vorbereitung geteilt ist, konnten wir nicht ändern.');
    expect(res.body).toContain('href="#feld-teilen"');
    expect(res.body).toMatch(
      /<section aria-labelledby="eigene" class="account-section" id="feld-teilen" tabindex="-1">/,
    );
  });
});

describe('the kick-off record and agreement', () => {
  it('is in force once both confirm: the tandem is active, its goals exist, both are mailed without contents', async () => {
    const pair = await createTandem(t);
    const url = `/tandems/${pair.id}/vereinbarung`;
    expect((await pair.menteeBrowser.post(url, record('0'))).statusCode).toBe(303);
    const mentorMail = (await mailsTo(t.db, pair.mentor.user.email))[0]!;
    expect(mentorMail.subject).toBe('Die Vereinbarung in Ihrem Tandem wurde geändert');

    let workspace = text((await pair.mentorBrowser.get(`/tandems/${pair.id}`)).body);
    expect(workspace).toContain('Stand: Kick-off steht aus');
    expect(workspace).toContain('Fassung 1 bestätigen');
    expect((await pair.mentorBrowser.post(`${url}/bestaetigung`, { version: '1' })).statusCode).toBe(303);
    expect(text((await pair.menteeBrowser.get(`/tandems/${pair.id}`)).body)).toContain(
      'Ihre Tandem-Partner*in hat bestätigt; Ihre Bestätigung steht aus.',
    );
    const done = await pair.menteeBrowser.post(`${url}/bestaetigung`, { version: '1' });
    expect(done.statusCode).toBe(303);

    workspace = text((await pair.menteeBrowser.get(`/tandems/${pair.id}`)).body);
    expect(workspace).toContain('Stand: Aktiv');
    expect(workspace).toContain('Ihre Vereinbarung');
    expect(workspace).toContain(`Offener Austausch ${SECRET}`);
    const [row] = await t.db.select().from(tandems).where(eq(tandems.id, pair.id));
    expect(row!.status).toBe('active');
    expect(row!.activatedAt).not.toBeNull();
    const titles = (await t.db.select().from(goals).where(eq(goals.tandemId, pair.id))).map((g) => g.title);
    expect(titles).toEqual(['Förderantrag stellen', `Konzept beschließen ${SECRET}`]);

    for (const person of [pair.mentee, pair.mentor]) {
      const mails = await mailsTo(t.db, person.user.email);
      expect(mails.map((m) => m.subject)).toContain('Ihre Vereinbarung im Tandem ist bestätigt');
      for (const m of mails) expect(JSON.stringify(m)).not.toContain(SECRET);
    }
  });

  it('refuses a stale edit with a clear message, keeps what was typed and overwrites nothing', async () => {
    const pair = await createTandem(t);
    const url = `/tandems/${pair.id}/vereinbarung`;
    await pair.menteeBrowser.post(url, record('0'));
    // Both opened the form at version 1; the mentor saves first.
    await pair.mentorBrowser.post(url, record('1', { erwartungen: 'Fassung der Mentorin' }));
    const stale = await pair.menteeBrowser.post(url, record('1', { erwartungen: 'Fassung des Mentees' }));
    expect(stale.statusCode).toBe(409);
    const page = text(stale.body);
    expect(page).toContain('Ihre Tandem-Partner*in hat die Vereinbarung inzwischen geändert.');
    expect(page).toContain('Aktuelle Fassung 2');
    expect(page).toContain('Fassung der Mentorin');
    expect(stale.body).toContain('Fassung des Mentees</textarea>');
    expect(stale.body).toContain('name="basis" value="2"');

    const history = text((await pair.menteeBrowser.get(`${url}/verlauf`)).body);
    expect(history).toContain('Fassung 2');
    expect(history).toContain('Fassung 1');
    expect(history).toContain(`Gespeichert von ${pair.mentor.user.name}`);
    expect(history).not.toContain('Fassung des Mentees');

    // Confirming the outdated version 1 is refused too.
    const outdated = await pair.menteeBrowser.post(`${url}/bestaetigung`, { version: '1' });
    expect(outdated.statusCode).toBe(409);
    expect(text(outdated.body)).toContain('Es gibt inzwischen eine neuere Fassung.');
    expect(text(outdated.body)).toContain('Fassung 2 bestätigen');
    const after = text((await pair.menteeBrowser.get(`${url}/verlauf`)).body);
    expect(after).toContain(`Nicht bestätigt von ${pair.mentee.user.name}`);
    expect(after).not.toContain(`Bestätigt von ${pair.mentee.user.name}`);
  });

  it('answers 422 in German when no format or rhythm is chosen, keeping the text', async () => {
    const pair = await createTandem(t);
    const res = await pair.menteeBrowser.post(`/tandems/${pair.id}/vereinbarung`, {
      ...record('0', { formate: '', rhythmus: '' }),
    });
    expect(res.statusCode).toBe(422);
    const page = text(res.body);
    expect(page).toContain('Bitte wählen Sie mindestens eine Form des Austauschs.');
    expect(page).toContain('Bitte wählen Sie, wie oft Sie Kontakt halten.');
    expect(res.body).toContain(`Offener Austausch ${SECRET}</textarea>`);
  });

  it('answers a tampered version with a message that leads to the form, keeping the text', async () => {
    const pair = await createTandem(t);
    const res = await pair.menteeBrowser.post(`/tandems/${pair.id}/vereinbarung`, record('keine'));
    expect(res.statusCode).toBe(422);
    expect(text(res.body)).toContain('Das Formular war unvollständig.');
    expect(res.body).toContain('href="#feld-basis"');
    expect(res.body).toMatch(/<form[^>]* id="feld-basis" tabindex="-1">/);
    expect(res.body).toContain(`Offener Austausch ${SECRET}</textarea>`);
  });

  it('answers 422 in German for overlong text, keeping everything typed and saving nothing', async () => {
    const pair = await createTandem(t);
    const url = `/tandems/${pair.id}/vereinbarung`;
    const res = await pair.menteeBrowser.post(url, record('0', { wuensche: 'w'.repeat(4001) }));
    expect(res.statusCode).toBe(422);
    const page = text(res.body);
    expect(page).toContain('Fehler:');
    expect(page).toContain('Wünsche: höchstens 4.000 Zeichen.');
    expect(res.body).toContain(`Offener Austausch ${SECRET}</textarea>`);
    expect(res.body).toContain(`${'w'.repeat(4001)}</textarea>`);
    expect(res.body).toMatch(/value="online"[^>]*checked|checked[^>]*value="online"/);
    expect(text((await pair.menteeBrowser.get(`${url}/verlauf`)).body)).toContain(
      'Es ist noch keine Fassung gespeichert.',
    );
  });

  it('is read-only once the tandem has ended', async () => {
    const pair = await createTandem(t, { status: 'ended' });
    expect((await pair.menteeBrowser.post(`/tandems/${pair.id}/vereinbarung`, record('0'))).statusCode).toBe(
      409,
    );
    expect((await pair.menteeBrowser.get(`/tandems/${pair.id}/vereinbarung/verlauf`)).statusCode).toBe(200);
  });
});
