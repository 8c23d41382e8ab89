import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/demo/seed.ts';
import {
  alerts,
  expectNoAxeViolations,
  headerLinks,
  heading,
  logInAs,
  openCoordinationArea,
  waitForPage,
} from './helpers.ts';
import { useJourney } from './journey.ts';

const journey = useJourney({ demo: true });

const COORDINATOR = 'koordination.anpassung@demo.klimatandem.example';
const MENTEE = 'mentee.okafor@demo.klimatandem.example';
const MENTOR = 'mentorin.schulz@demo.klimatandem.example';

// biome-ignore lint/performance/useDomNodeTextContent: the rendered text, with spaces between cells, is what a reader sees
const mainText = async () => (await journey.page.locator('main').innerText()).replace(/\s+/g, ' ');
const click = (name: string, role: 'link' | 'button' = 'link') =>
  waitForPage(journey.page, () => journey.page.getByRole(role, { name, exact: true }).click());

async function logOut() {
  expect(await click('Abmelden', 'button')).toBe(200);
}

/** A participant opens their proposal with the given partner and accepts it. */
async function accept(email: string, partner: string) {
  await logInAs(journey.page, journey.server, email, DEMO_PASSWORD);
  expect(await click('Vorschläge')).toBe(200);
  expect(await heading(journey.page)).toBe('Ihre Matching-Vorschläge');
  await expectNoAxeViolations(journey.page);
  expect(await click(partner)).toBe(200);
  expect(await heading(journey.page)).toBe('Matching-Vorschlag');
  await journey.page.getByText('Warum dieser Vorschlag?').click();
  expect(await mainText()).toContain('Punkte nach Kriterien');
  await expectNoAxeViolations(journey.page);
  expect(await click('Vorschlag annehmen', 'button')).toBe(200);
}

describe('matching', () => {
  it('the coordinator runs a round on demo data and publishes it; mentee and mentor accept; the tandem exists', async () => {
    await logInAs(journey.page, journey.server, COORDINATOR, DEMO_PASSWORD, DEMO_TOTP_SECRET);
    // One header entry leads to the coordination pages; the participants' entries stay.
    const links = await headerLinks(journey.page);
    expect(links.slice(0, -1)).toEqual([
      'Start',
      'Mein Profil',
      'Vorschläge',
      'Tandems',
      'Austausch',
      'Mein Konto',
      'Koordination',
    ]);
    expect(links.at(-1)).toMatch(/^Benachrichtigungen/);
    expect(await openCoordinationArea(journey.page, 'Matching')).toBe(200);
    expect(await heading(journey.page)).toMatch(/^Matching: /);
    expect(await mainText()).toContain('Mentees ohne Tandem und ohne offenen Vorschlag 2');
    await expectNoAxeViolations(journey.page);

    // One mentee's suggestions, with the reasons opened.
    expect(await click('Vorschläge für Ada Okafor (Demo)')).toBe(200);
    expect(await heading(journey.page)).toBe('Vorschläge für Ada Okafor (Demo)');
    await journey.page.getByText('Warum dieser Vorschlag?').first().click();
    expect(await mainText()).toMatch(/Petra Schulz \(Demo\): [\d,]+ von 100 Punkten/);
    expect(await mainText()).toContain('3 von 3 gewünschten Themen werden abgedeckt');
    await expectNoAxeViolations(journey.page);
    await journey.page.getByRole('link', { name: /^Zurück zum Matching/ }).click();
    await journey.page.waitForLoadState();

    // A round for everyone waiting: the draft, compared with the greedy assignment.
    await journey.page.getByLabel('Mindestpunktzahl (0 bis 100)').fill('40');
    expect(await click('Runde berechnen', 'button')).toBe(200);
    expect(await heading(journey.page)).toMatch(/^Matching-Runde vom /);
    await journey.page.getByText('Status: Entwurf').waitFor({ timeout: 30_000 });
    const draft = await mainText();
    expect(draft).toContain('Paare der Runde: 2');
    expect(draft).toContain('Optimale Zuordnung');
    await expectNoAxeViolations(journey.page);
    expect(await click('Veröffentlichen und Vorschläge versenden', 'button')).toBe(200);
    expect(await alerts(journey.page)).toContain('Die Vorschläge wurden versendet.');
    expect(await mainText()).toContain('Status: Veröffentlicht');
    await expectNoAxeViolations(journey.page);
    await logOut();

    // The mentee accepts first: she waits for her mentor.
    await accept(MENTEE, 'Petra Schulz (Demo)');
    expect(await alerts(journey.page)).toContain('Vielen Dank! Sie haben den Vorschlag angenommen.');
    await logOut();

    // The mentor accepts too: the tandem is formed, and each sees the other's contact details.
    await accept(MENTOR, 'Ada Okafor (Demo)');
    expect(await alerts(journey.page)).toContain('Sie haben beide angenommen: Ihr Tandem ist gebildet.');
    const formed = await mainText();
    expect(formed).toContain('Tandem gebildet');
    expect(formed).toContain(MENTEE);
    await expectNoAxeViolations(journey.page);
    await logOut();

    // The coordinator sees the tandem, waiting for its kick-off.
    await logInAs(journey.page, journey.server, COORDINATOR, DEMO_PASSWORD, DEMO_TOTP_SECRET);
    expect(await openCoordinationArea(journey.page, 'Matching')).toBe(200);
    const overview = await mainText();
    expect(overview).toMatch(/Ada Okafor \(Demo\) Petra Schulz \(Demo\) Kick-off steht aus/);
    expect(overview).toContain('Mentees ohne Tandem und ohne offenen Vorschlag 0');
  });
});
