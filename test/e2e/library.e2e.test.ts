import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/demo/seed.ts';
import { expectErrorTitle, expectNoAxeViolations, heading, logInAs, visit, waitForPage } from './helpers.ts';
import { useJourney } from './journey.ts';

const journey = useJourney({ demo: true });

// A demo mentor of Klimaschutz who has not completed a module yet, and the programme's coordinator.
const MENTOR = 'mentorin.keller@demo.klimatandem.example';
const COORDINATOR = 'koordination.klimaschutz@demo.klimatandem.example';
const LEITFADEN = 'Erfolgreiches Mentoring im Klimaschutzmanagement: Leitfaden für Mentees und Mentor*innen';
const MODULE = 'Mentor*innen-Schulung 1: Gut ins Mentoring starten';

// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
const mainText = async () => (await journey.page.locator('main').innerText()).replace(/\s+/g, ' ');
const click = (name: string, role: 'link' | 'button' = 'link') =>
  waitForPage(journey.page, () => journey.page.getByRole(role, { name, exact: true }).first().click());

describe('Methoden und Materialien', () => {
  it('a mentor reads the Leitfaden and its checklist, opens a training module, marks it done and sees the progress', async () => {
    const page = journey.page;
    await logInAs(page, journey.server, MENTOR, DEMO_PASSWORD);
    await visit(page, journey.server.url('/austausch/methoden'));
    expect(await heading(page)).toBe('Methoden und Materialien');
    expect(await mainText()).toContain('Sie haben 0 von 2 Modulen abgeschlossen.');
    expect(await mainText()).toContain('Nur für Mentor*innen');
    await expectNoAxeViolations(page);

    // The filter is a plain GET form.
    await page.getByLabel('Kategorie').selectOption({ label: 'Leitfaden' });
    expect(await click('Filter anwenden', 'button')).toBe(200);
    expect(page.url()).toContain('kategorie=leitfaden');
    expect(await mainText()).toContain('1 Material');
    await expectNoAxeViolations(page);

    expect(await click(LEITFADEN)).toBe(200);
    expect(await heading(page)).toBe(LEITFADEN);
    const checklist = page.locator('section[aria-labelledby="checkliste"] li');
    expect(await checklist.count()).toBe(5);
    expect(await checklist.first().textContent()).toBe('Themen des letzten Treffens rekapitulieren');
    expect(await mainText()).toContain('Kick-off-Termin (ca. eine Stunde)');
    await expectNoAxeViolations(page);

    expect(await click(MODULE)).toBe(200);
    expect(await heading(page)).toBe(MODULE);
    expect(await page.locator('ol.thread-list > li').count()).toBe(3);
    await expectNoAxeViolations(page);
    expect(await click('Modul als abgeschlossen markieren', 'button')).toBe(200);
    expect(await mainText()).toContain('Das Modul ist als abgeschlossen markiert.');
    expect(await mainText()).toContain('Sie haben dieses Modul am');
    await expectNoAxeViolations(page);

    expect(await click('Zurück zur Mentor*innen-Schulung')).toBe(200);
    expect(await mainText()).toContain('Sie haben 1 von 2 Modulen abgeschlossen.');
    await expectNoAxeViolations(page);
  });

  it('a coordinator sees the counts and the forms, also with their error messages', async () => {
    const page = journey.page;
    await logInAs(page, journey.server, COORDINATOR, DEMO_PASSWORD, DEMO_TOTP_SECRET);
    await visit(page, journey.server.url('/austausch/methoden/schulung'));
    expect(await mainText()).toContain('Abgeschlossen von');
    expect(await mainText()).toContain('Noch nicht veröffentlicht');
    await expectNoAxeViolations(page);

    expect(await click(MODULE)).toBe(200);
    await expectNoAxeViolations(page);
    expect(await click('Modul bearbeiten')).toBe(200);
    await expectNoAxeViolations(page);

    await visit(page, journey.server.url('/austausch/methoden'));
    expect(await click('Neues Material anlegen')).toBe(200);
    await page.getByLabel('Link: eine Seite im Internet').check();
    await page.getByLabel('Titel').fill('Eine Seite zum Thema');
    await page.getByLabel('Adresse des Links').fill('keine Adresse');
    expect(await click('Material anlegen', 'button')).toBe(422);
    await expectErrorTitle(page);
    expect(await mainText()).toContain('Kategorie: Bitte wählen Sie eine Kategorie.');
    expect(await mainText()).toContain('Adresse des Links: Bitte geben Sie eine vollständige Adresse ein');
    expect(await page.getByLabel('Titel').inputValue()).toBe('Eine Seite zum Thema');
    await expectNoAxeViolations(page);

    await page.getByLabel('Kategorie').selectOption({ label: 'Netzwerke' });
    await page.getByLabel('Adresse des Links').fill('https://www.example.org/netzwerke');
    expect(await click('Material anlegen', 'button')).toBe(200);
    expect(await heading(page)).toBe('Eine Seite zum Thema');
    expect(await page.getByRole('link', { name: 'Zur Seite www.example.org' }).getAttribute('rel')).toBe(
      'noopener',
    );
    await expectNoAxeViolations(page);
    expect(await click('Material bearbeiten')).toBe(200);
    expect(await heading(page)).toBe('Material bearbeiten');
    expect(await page.getByLabel('Adresse des Links').inputValue()).toBe('https://www.example.org/netzwerke');
    await expectNoAxeViolations(page);
  });
});
