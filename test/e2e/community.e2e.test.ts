import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/demo/seed.ts';
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
const COORDINATOR = 'koordination.klimaschutz@demo.klimatandem.example';
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
  it('a mentee asks by keyboard, a mentor with the topic is told and answers, the mentee marks the solution, the coordinator turns it into a Praxistipp and publishes it, another finds both by a word part', async () => {
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
    const threadUrl = page.url();
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

    // The coordinator proposes the solution as a Praxistipp; its author is asked first.
    await logInAs(page, journey.server, COORDINATOR, DEMO_PASSWORD, DEMO_TOTP_SECRET);
    await visit(page, threadUrl);
    expect(await click('Als Praxistipp vorschlagen', 'button')).toBe(200);
    expect(await mainText()).toContain('Wartet auf die Zustimmung von Sabine Keller (Demo).');
    await expectNoAxeViolations(page);
    await logOut();

    await logInAs(page, journey.server, MENTOR, DEMO_PASSWORD);
    expect(await openNotifications()).toBe(200);
    await waitForPage(page, () =>
      page
        .getByRole('link', { name: /als Praxistipp/ })
        .first()
        .click(),
    );
    expect(await heading(page)).toBe(TITLE);
    expect(await mainText()).toContain('Darf Ihre Antwort ein Praxistipp werden?');
    await expectNoAxeViolations(page);
    expect(await click('Zustimmen und zur Prüfung einreichen', 'button')).toBe(200);
    expect(await mainText()).toContain('Ihr Praxistipp ist eingereicht.');
    await logOut();

    // The coordinator reviews it: a return without a note is refused, then it is published.
    await logInAs(page, journey.server, COORDINATOR, DEMO_PASSWORD, DEMO_TOTP_SECRET);
    await visit(page, journey.server.url('/austausch/praxistipps'));
    await expectNoAxeViolations(page);
    await waitForPage(page, () => page.getByRole('link', { name: /^Zur Prüfung: \d+$/ }).click());
    expect(await heading(page)).toBe('Praxistipps prüfen');
    await waitForPage(page, () => page.getByRole('link', { name: TITLE }).click());
    await page.getByLabel('Zur Überarbeitung zurückgeben').check();
    expect(await click('Entscheidung speichern', 'button')).toBe(422);
    await expectErrorTitle(page);
    expect(await mainText()).toContain('Bitte schreiben Sie einen Hinweis');
    await expectNoAxeViolations(page);
    await page.getByLabel('Veröffentlichen').check();
    expect(await click('Entscheidung speichern', 'button')).toBe(200);
    expect(await mainText()).toContain('Der Praxistipp ist veröffentlicht.');
    await expectNoAxeViolations(page);
    await logOut();

    // Another participant finds the question and the Praxistipp by a part of a compound word.
    await logInAs(page, journey.server, READER, DEMO_PASSWORD);
    await visit(page, journey.server.url('/austausch'));
    await page.getByLabel('Suchbegriff').fill('Beteiligungsverfahren');
    expect(await click('Suchen', 'button')).toBe(200);
    expect(await heading(page)).toBe('Suche im Austausch');
    expect(await mainText()).toContain(TITLE);
    expect(await page.locator('mark').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    expect(await mainText()).toContain('Praxistipp');
    await waitForPage(page, () =>
      page.locator('a[href^="/austausch/fragen/"]', { hasText: TITLE }).first().click(),
    );
    expect(await mainText()).toContain('Gelöst');
    expect(await click(`Zurück zum Bereich ${SPACE}`)).toBe(200);
    await expectNoAxeViolations(page);

    await visit(page, journey.server.url('/austausch/suche?q=Beteiligungsverfahren&art=praxistipp'));
    await waitForPage(page, () => page.getByRole('link', { name: TITLE }).click());
    expect(await mainText()).toContain('Ein Workshop im Rathaus und eine Online-Umfrage');
    expect(await click('Hilfreich', 'button')).toBe(200);
    expect(await mainText()).toContain('1 Person fand ihn hilfreich.');
    await expectNoAxeViolations(page);
  });
});
