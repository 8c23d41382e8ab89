import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';
import {
  expectErrorTitle,
  expectNoAxeViolations,
  focused,
  heading,
  logInAs,
  tabTo,
  visit,
  waitForPage,
} from './helpers.ts';
import { useJourney } from './journey.ts';

const journey = useJourney({ demo: true });

// Demo people of Klimaschutz: a mentee who needs topic 1, a mentor who offers topics 1–5, another mentee.
const MENTEE = 'mentee.schmidt@demo.klimatandem.example';
const MENTOR = 'mentorin.keller@demo.klimatandem.example';
const READER = 'mentee.fischer@demo.klimatandem.example';
const SPACE = 'Mentoring im Klimaschutzmanagement';
const TITLE = 'Wie organisiere ich ein Bürgerbeteiligungsverfahren für den Klimaschutz?';

// biome-ignore lint/performance/useDomNodeTextContent: the rendered text, with spaces between cells, is what a reader sees
const mainText = async () => (await journey.page.locator('main').innerText()).replace(/\s+/g, ' ');
const click = (name: string, role: 'link' | 'button' = 'link') =>
  waitForPage(journey.page, () => journey.page.getByRole(role, { name, exact: true }).first().click());
const openNotifications = () =>
  waitForPage(journey.page, () =>
    journey.page.getByRole('link', { name: /^Benachrichtigungen \d+ ungelesen$/ }).click(),
  );
const logOut = async () => expect(await click('Abmelden', 'button')).toBe(200);

describe('Austausch und Wissen', () => {
  it('a mentee asks by keyboard, a mentor with the topic is told and answers, the mentee marks the solution, another finds it by a word part', async () => {
    const page = journey.page;
    await logInAs(page, journey.server, MENTEE, DEMO_PASSWORD);
    expect(await click('Austausch')).toBe(200);
    expect(await heading(page)).toBe('Austausch und Wissen');
    await expectNoAxeViolations(page);
    expect(await click(`Frage stellen in ${SPACE}`)).toBe(200);
    expect(await heading(page)).toBe(`Neue Frage in ${SPACE}`);

    // The form by keyboard alone: first sent empty (the error summary names the fields), then filled.
    await tabTo(page, { tag: 'button', name: 'Veröffentlichen' }, { max: 80 });
    expect(await waitForPage(page, () => page.keyboard.press('Enter'))).toBe(422);
    await expectErrorTitle(page);
    expect(await mainText()).toContain('Titel: Bitte geben Sie einen Titel ein.');
    await expectNoAxeViolations(page);
    await tabTo(page, { tag: 'input', name: 'Titel' }, { max: 80 });
    await page.keyboard.type(TITLE);
    await tabTo(page, { tag: 'textarea', name: 'Text' });
    await page.keyboard.type(
      'Wir möchten die Einwohner*innen früh einbinden. Welche Formate haben sich bewährt?',
    );
    await tabTo(page, { tag: 'input', name: 'die ersten 100 Tage' });
    await page.keyboard.press('Space');
    expect((await focused(page)).type).toBe('checkbox');
    await tabTo(page, { tag: 'button', name: 'Veröffentlichen' });
    expect(await waitForPage(page, () => page.keyboard.press('Enter'))).toBe(200);
    expect(await heading(page)).toBe(TITLE);
    expect(await mainText()).toContain('Themen: die ersten 100 Tage');
    await expectNoAxeViolations(page);
    await logOut();

    // The mentor offers that topic: the question is in her notifications.
    await logInAs(page, journey.server, MENTOR, DEMO_PASSWORD);
    expect(await openNotifications()).toBe(200);
    expect(await mainText()).toContain(`fragt zu einem Ihrer Themen: „${TITLE}“`);
    await expectNoAxeViolations(page);
    await waitForPage(page, () =>
      page
        .getByRole('link', { name: new RegExp(TITLE.slice(0, 30)) })
        .first()
        .click(),
    );
    expect(await heading(page)).toBe(TITLE);
    await page
      .getByLabel('Text Ihrer Antwort')
      .fill('Ein Workshop im Rathaus und eine Online-Umfrage haben bei uns gut funktioniert.');
    expect(await click('Antwort veröffentlichen', 'button')).toBe(200);
    expect(await mainText()).toContain('Ihre Antwort ist veröffentlicht.');
    await expectNoAxeViolations(page);
    await logOut();

    // The asker marks the answer as the solution.
    await logInAs(page, journey.server, MENTEE, DEMO_PASSWORD);
    expect(await openNotifications()).toBe(200);
    await waitForPage(page, () =>
      page
        .getByRole('link', { name: /geantwortet/ })
        .first()
        .click(),
    );
    expect(await click('Als Lösung markieren', 'button')).toBe(200);
    expect(await mainText()).toContain('Gelöst');
    expect(await mainText()).toContain('Lösung');
    await expectNoAxeViolations(page);
    await logOut();

    // Another participant finds it by a part of a compound word.
    await logInAs(page, journey.server, READER, DEMO_PASSWORD);
    await visit(page, journey.server.url('/austausch'));
    await page.getByLabel('Suchbegriff').fill('Beteiligungsverfahren');
    expect(await click('Suchen', 'button')).toBe(200);
    expect(await heading(page)).toBe('Suche im Austausch');
    expect(await mainText()).toContain(TITLE);
    expect(await page.locator('mark').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await waitForPage(page, () => page.getByRole('link', { name: TITLE }).click());
    expect(await mainText()).toContain('Gelöst');
    expect(await click(`Zurück zum Bereich ${SPACE}`)).toBe(200);
    await expectNoAxeViolations(page);
  });
});
