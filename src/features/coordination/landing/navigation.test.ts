import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { TestClient, text } from '../../../../test/helpers/client.ts';
import { createUser } from '../../../../test/helpers/factories.ts';
import { browserFor, outsiders } from '../../../../test/support/tandems.ts';
import { programmeCoordinators, programmes } from '../../../db/schema/index.ts';

const t = useTestApp();

/** The links of the navigation named `label`: text, target and whether it is the current page. */
function links(html: string, label: string) {
  const nav = html.match(new RegExp(`<nav[^>]*aria-label="${label}"[^>]*>([\\s\\S]*?)</nav>`))?.[1];
  if (nav === undefined) return null;
  return [...nav.matchAll(/<a([^>]*)>([\s\S]*?)<\/a>/g)].map((m) => ({
    text: text(m[2]!).trim(),
    href: m[1]!.match(/href="([^"]*)"/)?.[1],
    current: m[1]!.includes('aria-current="page"'),
  }));
}
const header = (html: string) => links(html, 'Hauptnavigation')?.map((l) => l.text);
const subNav = (html: string) => links(html, 'Koordination und Verwaltung');
const current = (html: string) =>
  subNav(html)
    ?.filter((l) => l.current)
    .map((l) => l.text);
/** The links in the page's main content. */
const mainLinks = (html: string) =>
  links(`<nav aria-label="main">${html.split('<main')[1]!.split('</main>')[0]}</nav>`, 'main')?.map(
    (l) => l.text,
  );

const PARTICIPANT = ['Start', 'Mein Profil', 'Vorschläge', 'Tandems', 'Austausch', 'Mein Konto'];
const COORDINATION = [
  'Anmeldungen',
  'Matching',
  'Tandems',
  'Unterstützung',
  'Mentoring-Zeit',
  'Rückmeldungen',
  'Moderation',
  'Daten importieren',
];
const ADMINISTRATION = ['Programme', 'Konten', 'Seiten'];
/** Admins moderate every space of the community area, so they have its queue too. */
const ADMIN = ['Moderation', ...ADMINISTRATION];

describe('the header', () => {
  it('gives a coordinator the participants’ entries and one entry “Koordination”, no link twice', async () => {
    const { coordinator } = await outsiders(t);
    expect(header((await coordinator.get('/')).body)).toEqual([
      ...PARTICIPANT,
      'Koordination',
      'Benachrichtigungen',
    ]);
  });

  it('gives an admin the same entries: the Verwaltung pages are reached through “Koordination”', async () => {
    const { admin } = await outsiders(t);
    expect(header((await admin.get('/konto')).body)).toEqual([
      ...PARTICIPANT,
      'Koordination',
      'Benachrichtigungen',
    ]);
  });

  it('gives a participant their entries only, and a visitor the way in', async () => {
    const { participant } = await outsiders(t);
    expect(header((await participant.get('/')).body)).toEqual([...PARTICIPANT, 'Benachrichtigungen']);
    expect(header((await new TestClient(t.app).get('/')).body)).toEqual([
      'Start',
      'Teilnehmen',
      'Anmelden',
      'Konto erstellen',
    ]);
  });
});

describe('the sub-navigation of the coordination pages', () => {
  it('is on the intake and the matching pages, the current area marked, filtered by what the actor may use', async () => {
    const { coordinator } = await outsiders(t);
    const intake = (await coordinator.get('/koordination/anmeldungen')).body;
    expect(subNav(intake)?.map((l) => l.text)).toEqual(['Übersicht', ...COORDINATION]);
    expect(current(intake)).toEqual(['Anmeldungen']);
    // A programme's matching page (/koordination/matching leads there for one programme).
    const matching = (await coordinator.get('/koordination/matching/klimaschutz')).body;
    expect(current(matching)).toEqual(['Matching']);
    // A page below an area belongs to it: the tandem settings to the mentoring time.
    expect(current((await coordinator.get('/koordination/tandem-einstellungen/klimaschutz')).body)).toEqual([
      'Mentoring-Zeit',
    ]);
    expect(current((await coordinator.get('/koordination')).body)).toEqual(['Übersicht']);
  });

  it('is on the Verwaltung pages for admins, and on no page outside the area', async () => {
    const { admin, coordinator, participant } = await outsiders(t);
    const accounts = (await admin.get('/verwaltung/konten')).body;
    expect(subNav(accounts)?.map((l) => l.text)).toEqual(['Übersicht', ...ADMIN]);
    expect(current(accounts)).toEqual(['Konten']);
    expect(subNav((await coordinator.get('/konto')).body)).toBeNull();
    // A participant is refused the area, and its 403 page shows none of it.
    const refused = await participant.get('/koordination/anmeldungen');
    expect(refused.statusCode).toBe(403);
    expect(subNav(refused.body)).toBeNull();
  });
});

describe('the landing page /koordination', () => {
  it('lists a coordinator’s pages with a sentence each, without the Verwaltung', async () => {
    const { coordinator } = await outsiders(t);
    const res = await coordinator.get('/koordination');
    expect(res.statusCode).toBe(200);
    const main = res.body.split('<main')[1]!.split('</main>')[0]!;
    expect(mainLinks(res.body)).toEqual(COORDINATION);
    expect(text(main)).toContain('Anmeldungen : Neue Anmeldungen sichten');
    expect(text(main)).not.toContain('Verwaltung');
  });

  it('lists an admin’s Verwaltung pages, and both parts for an admin who coordinates', async () => {
    const { admin } = await outsiders(t);
    expect(mainLinks((await admin.get('/koordination')).body)).toEqual(ADMIN);
    const coordinating = await createUser(t.db, { kind: 'admin' });
    const [programme] = await t.db.select().from(programmes).where(eq(programmes.slug, 'klimaschutz'));
    await t.db.insert(programmeCoordinators).values({ programmeId: programme!.id, userId: coordinating.id });
    const both = await browserFor(t, coordinating);
    expect(mainLinks((await both.get('/koordination')).body)).toEqual([...COORDINATION, ...ADMINISTRATION]);
  });

  it('is 403 to participants, the login to visitors, and an unknown coordination path is a 404', async () => {
    const { coordinator, participant } = await outsiders(t);
    expect((await participant.get('/koordination')).statusCode).toBe(403);
    const visitor = await new TestClient(t.app).get('/koordination');
    expect(visitor.statusCode).toBe(303);
    expect(visitor.headers.location).toMatch(/^\/anmelden\?weiter=/);
    expect((await coordinator.get('/koordination/gibt-es-nicht')).statusCode).toBe(404);
  });
});
