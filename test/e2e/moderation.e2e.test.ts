import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/demo/seed.ts';
import {
  expectErrorTitle,
  expectNoAxeViolations,
  heading,
  logInAs,
  openCoordinationArea,
  visit,
  waitForPage,
} from './helpers.ts';
import { useJourney } from './journey.ts';

const journey = useJourney({ demo: true });

const READER = 'mentee.fischer@demo.klimatandem.example';
const COORDINATOR = 'koordination.klimaschutz@demo.klimatandem.example';
const TITLE = 'Wie überzeuge ich den Gemeinderat von einem Klimaschutzkonzept?';
const ANSWER = 'Zeigen Sie früh, welche Maßnahmen ohnehin anstehen';

// biome-ignore lint/performance/useDomNodeTextContent: the rendered text, with spaces between cells, is what a reader sees
const mainText = async () => (await journey.page.locator('main').innerText()).replace(/\s+/g, ' ');
const click = (name: string, role: 'link' | 'button' = 'link') =>
  waitForPage(journey.page, () => journey.page.getByRole(role, { name, exact: true }).first().click());

describe('Moderation im Austausch', () => {
  it('a participant reports an answer, the coordinator hides it from the queue with a reason and closes the question', async () => {
    const page = journey.page;
    await logInAs(page, journey.server, READER, DEMO_PASSWORD);
    await visit(page, journey.server.url('/austausch/bereiche/klimaschutz'));
    expect(await click(TITLE)).toBe(200);
    const answer = page.locator('article', { hasText: ANSWER });
    expect(await waitForPage(page, () => answer.getByRole('link', { name: 'Melden' }).click())).toBe(200);
    expect(await heading(page)).toBe('Beitrag melden');
    await expectNoAxeViolations(page);
    expect(await click('Beitrag melden', 'button')).toBe(422);
    await expectErrorTitle(page);
    expect(await mainText()).toContain('Bitte wählen Sie einen Grund.');
    await expectNoAxeViolations(page);
    await page.getByLabel('Passt nicht zum Austausch').check();
    expect(await click('Beitrag melden', 'button')).toBe(200);
    expect(await mainText()).toContain('Danke, die Moderation sieht sich den Beitrag an.');
    await waitForPage(page, () => page.getByRole('button', { name: 'Abmelden' }).click());

    await logInAs(page, journey.server, COORDINATOR, DEMO_PASSWORD, DEMO_TOTP_SECRET);
    expect(await openCoordinationArea(page, 'Moderation')).toBe(200);
    expect(await heading(page)).toBe('Moderation');
    expect(await mainText()).toContain('1 Meldung · Gründe: Passt nicht zum Austausch');
    await expectNoAxeViolations(page);
    expect(await click('Ausblenden')).toBe(200);
    expect(await heading(page)).toBe('Beitrag ausblenden');
    await expectNoAxeViolations(page);
    expect(await click('Ausblenden', 'button')).toBe(422);
    await expectErrorTitle(page);
    await expectNoAxeViolations(page);
    await page
      .getByLabel('Begründung für die Person, die den Beitrag geschrieben hat')
      .fill('Bitte bleiben Sie beim Thema der Frage.');
    expect(await click('Ausblenden', 'button')).toBe(200);
    expect(await heading(page)).toBe('Moderation');
    expect(await mainText()).toContain('Der Beitrag ist ausgeblendet.');
    expect(await mainText()).toContain('Keine offenen Meldungen.');

    // On the thread page: the hidden answer marked, the question closed.
    await visit(page, journey.server.url('/austausch/bereiche/klimaschutz'));
    expect(await click(TITLE)).toBe(200);
    expect(await mainText()).toContain('Ausgeblendet');
    await expectNoAxeViolations(page);
    expect(await click('Frage schließen', 'button')).toBe(200);
    expect(await mainText()).toContain('Diese Frage ist geschlossen.');
    expect(await mainText()).toContain('Frage wieder öffnen');
    await expectNoAxeViolations(page);
  });
});
