import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';
import { expectNoAxeViolations, heading, logInAs, openMail, waitForPage } from './helpers.ts';
import { useJourney } from './journey.ts';

const journey = useJourney({ demo: true });

const MENTEE = 'mentee.nowak@demo.klimatandem.example';
const MENTOR = 'mentorin.berg@demo.klimatandem.example';
const MENTEE_NAME = 'Jonas Nowak (Demo)';

/** Tomorrow in Berlin, as the date field wants it. */
function tomorrowInBerlin() {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + 24 * 3_600_000));
}

const click = (name: string, role: 'link' | 'button' = 'link') =>
  waitForPage(journey.page, () => journey.page.getByRole(role, { name, exact: true }).first().click());

describe('a link in a tandem mail, opened by someone signed out', () => {
  it('leads to the login and from there to the page it names', async () => {
    const { page, server, context } = journey;
    // The mentor plans a meeting; the mentee is mailed.
    await logInAs(page, server, MENTOR, DEMO_PASSWORD);
    expect(await click('Tandems')).toBe(200);
    expect(await click(`Tandem mit ${MENTEE_NAME}`)).toBe(200);
    expect(await click('Treffen planen')).toBe(200);
    await page.getByLabel('Datum', { exact: true }).first().fill(tomorrowInBerlin());
    await page.getByLabel('Uhrzeit', { exact: true }).first().fill('10:00');
    await page.getByLabel('Dauer in Minuten').first().fill('60');
    await page.getByRole('radio', { name: 'Online' }).first().check();
    await page.getByLabel('Ort oder Link').first().fill('https://konferenz.example/tandem');
    expect(await click('Treffen planen und E-Mail senden', 'button')).toBe(200);
    expect(await heading(page)).toMatch(/^Treffen am /);
    const meetingPath = new URL(page.url()).pathname;
    expect(await click('Abmelden', 'button')).toBe(200);

    // Signed out, the mentee follows the mail's link: first the login, then the meeting.
    const mail = await openMail(page, server, MENTEE, /Neues Tandem-Treffen/);
    const link = mail.links.find((l) => new URL(l).pathname === meetingPath);
    expect(link, `a link to ${meetingPath} in:\n${mail.text}`).toBeDefined();
    await context.clearCookies();
    const response = await page.goto(server.url(meetingPath));
    expect(response?.status()).toBe(200);
    expect(await heading(page)).toBe('Anmelden');
    expect(new URL(page.url()).searchParams.get('weiter')).toBe(meetingPath);
    await expectNoAxeViolations(page);
    await page.getByLabel('E-Mail-Adresse').fill(MENTEE);
    await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
    expect(await click('Anmelden', 'button')).toBe(200);
    expect(new URL(page.url()).pathname).toBe(meetingPath);
    expect(await heading(page)).toMatch(/^Treffen am /);
    await expectNoAxeViolations(page);
  });
});
