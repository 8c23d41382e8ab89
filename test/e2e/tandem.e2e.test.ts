import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/demo/seed.ts';
import { pdfText } from '../support/tandems-time.ts';
import { alerts, expectNoAxeViolations, heading, logInAs, waitForPage } from './helpers.ts';
import { useJourney } from './journey.ts';

const journey = useJourney({ demo: true, acceptDownloads: true });

// The demo tandem: matched, its kick-off still ahead.
const MENTEE = 'mentee.nowak@demo.klimatandem.example';
const MENTOR = 'mentorin.berg@demo.klimatandem.example';
const MENTEE_NAME = 'Jonas Nowak (Demo)';
const MENTOR_NAME = 'Dr. Hanna Berg (Demo)';
const COORDINATOR = 'koordination.klimaschutz@demo.klimatandem.example';

// biome-ignore lint/performance/useDomNodeTextContent: the rendered text, with spaces between cells, is what a reader sees
const mainText = async () => (await journey.page.locator('main').innerText()).replace(/\s+/g, ' ');
const click = (name: string, role: 'link' | 'button' = 'link') =>
  waitForPage(journey.page, () => journey.page.getByRole(role, { name, exact: true }).first().click());

async function logOut() {
  expect(await click('Abmelden', 'button')).toBe(200);
}

/** Signs in and opens the demo tandem's workspace from the navigation. */
async function openTandem(email: string, partner: string) {
  await logInAs(journey.page, journey.server, email, DEMO_PASSWORD);
  expect(await click('Tandems')).toBe(200);
  expect(await heading(journey.page)).toBe('Ihre Tandems');
  await expectNoAxeViolations(journey.page);
  expect(await click(`Tandem mit ${partner}`)).toBe(200);
  expect(await heading(journey.page)).toBe(`Tandem mit ${partner}`);
}

/** Today and a time at the start of the next minute, in Berlin (the meeting must lie ahead when planned). */
function nextMinuteInBerlin() {
  const at = new Date(Math.ceil((Date.now() + 1_000) / 60_000) * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Berlin',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { at, date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

describe('the tandem workspace', () => {
  it('kick-off, a meeting planned and recorded with learnings and to-dos, a to-do done, a milestone celebrated, time logged and the proof downloaded', async () => {
    // Kick-off: the mentee prepares and shares, then records the kick-off and confirms it.
    await openTandem(MENTEE, MENTOR_NAME);
    expect(await mainText()).toContain('Stand: Kick-off steht aus');
    await expectNoAxeViolations(journey.page);
    expect(await click('Kick-off vorbereiten')).toBe(200);
    expect(await heading(journey.page)).toBe('Kick-off vorbereiten');
    await journey.page
      .getByLabel('Was möchten Sie durch das Mentoring lernen?')
      .fill('Förderanträge nach der Kommunalrichtlinie');
    await journey.page.getByLabel('Was möchten Sie erreichen?').fill('Ein beschlossenes Klimaschutzkonzept');
    // Shared straight away, without saving first: what was typed is saved and shared.
    expect(await click('Mit Tandem-Partner*in teilen', 'button')).toBe(200);
    expect((await alerts(journey.page)).join(' ')).toContain(
      'Ihre Vorbereitung ist jetzt für Ihre Tandem-Partner*in sichtbar.',
    );
    await expectNoAxeViolations(journey.page);
    expect(await click('Zum Kick-off-Protokoll und zur Vereinbarung')).toBe(200);
    expect(await heading(journey.page)).toBe('Kick-off festhalten und Vereinbarung');
    await journey.page.getByLabel('Erwartungen').fill('Monatlicher Austausch auf Augenhöhe');
    await journey.page.getByLabel('Konkrete Ziele').fill('Förderantrag stellen');
    await journey.page.getByRole('checkbox', { name: 'Online' }).check();
    await journey.page.getByRole('radio', { name: 'Regelmäßig' }).check();
    await expectNoAxeViolations(journey.page);
    expect(await click('Fassung speichern', 'button')).toBe(200);
    await expectNoAxeViolations(journey.page);
    expect(await click('Fassung 1 bestätigen', 'button')).toBe(200);
    await expectNoAxeViolations(journey.page);
    await logOut();

    // The mentor reads the shared preparation, then confirms too: the agreement is in force, the tandem active.
    await openTandem(MENTOR, MENTEE_NAME);
    await expectNoAxeViolations(journey.page);
    expect(await click('Kick-off vorbereiten')).toBe(200);
    expect(await mainText()).toContain(`Vorbereitung von ${MENTEE_NAME}`);
    expect(await mainText()).toContain('Förderanträge nach der Kommunalrichtlinie');
    expect(await mainText()).toContain('Ein beschlossenes Klimaschutzkonzept');
    expect(await click(`Zurück zum Tandem mit ${MENTEE_NAME}`)).toBe(200);
    expect(await click('Fassung 1 bestätigen', 'button')).toBe(200);
    expect(await mainText()).toContain('Stand: Aktiv');
    expect(await mainText()).toContain('Monatlicher Austausch auf Augenhöhe');

    // A meeting that already happened (yesterday) is recorded directly, without planning it first.
    expect(await click('Treffen planen')).toBe(200);
    const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
      new Date(Date.now() - 24 * 3_600_000),
    );
    await journey.page.getByLabel('Datum', { exact: true }).first().fill(yesterday);
    await journey.page.getByLabel('Uhrzeit', { exact: true }).first().fill('10:00');
    await journey.page.getByLabel('Dauer in Minuten').first().fill('30');
    await journey.page.getByRole('radio', { name: 'Telefonisch' }).first().check();
    expect(await click('Treffen planen und E-Mail senden', 'button')).toBe(200);
    expect(await heading(journey.page)).toMatch(/^Protokoll des Treffens am /);
    expect((await alerts(journey.page)).join(' ')).toContain('Das Treffen ist nachgetragen.');
    await expectNoAxeViolations(journey.page);
    await journey.page.getByLabel('Besprochene Themen').fill('Erstes Kennenlernen am Telefon');
    expect(await click('Protokoll speichern', 'button')).toBe(200);
    expect(await mainText()).toContain('Erstes Kennenlernen am Telefon');
    expect(await click(`Zurück zum Tandem mit ${MENTEE_NAME}`)).toBe(200);
    expect(await mainText()).toMatch(/10:00 Uhr Treffen Telefonisch Stattgefunden/);

    // The mentor plans the next meeting.
    await expectNoAxeViolations(journey.page);
    expect(await click('Treffen planen')).toBe(200);
    expect(await heading(journey.page)).toBe('Treffen planen');
    await expectNoAxeViolations(journey.page);
    const slot = nextMinuteInBerlin();
    await journey.page.getByLabel('Datum', { exact: true }).first().fill(slot.date);
    await journey.page.getByLabel('Uhrzeit', { exact: true }).first().fill(slot.time);
    await journey.page.getByLabel('Dauer in Minuten').first().fill('45');
    await journey.page.getByRole('radio', { name: 'Online' }).first().check();
    await journey.page.getByLabel('Ort oder Link').first().fill('https://konferenz.example/tandem');
    expect(await click('Treffen planen und E-Mail senden', 'button')).toBe(200);
    expect(await heading(journey.page)).toMatch(/^Treffen am /);
    expect((await alerts(journey.page)).join(' ')).not.toMatch(/Fehler/);
    await expectNoAxeViolations(journey.page);
    const meetingUrl = journey.page.url();

    // After the meeting: the record, following the guide's checklist.
    const wait = slot.at.getTime() - Date.now() + 1_000;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    await journey.page.goto(`${meetingUrl}/protokoll`);
    expect(await heading(journey.page)).toMatch(/^Protokoll des Treffens am /);
    await expectNoAxeViolations(journey.page);
    await journey.page
      .getByLabel('Besprochene Themen')
      .fill('Stand des Förderantrags, Beteiligung der Politik');
    await journey.page.getByLabel('Erkenntnisse').fill('Früh mit der Kämmerei sprechen.');
    await journey.page.locator('[name="aufgabe1_titel"]').fill('Förderaufruf lesen und Fragen notieren');
    await journey.page.locator('[name="aufgabe1_zustaendig"]').selectOption('mentee');
    await journey.page.getByLabel('Themen für das nächste Treffen').fill('Öffentlichkeitsarbeit');
    expect(await click('Protokoll speichern', 'button')).toBe(200);
    expect(await mainText()).toContain('Früh mit der Kämmerei sprechen.');
    expect(await mainText()).toContain('Förderaufruf lesen und Fragen notieren');
    await expectNoAxeViolations(journey.page);

    await logOut();

    // The mentee marks the to-do done on the workspace (htmx, announced politely).
    await openTandem(MENTEE, MENTOR_NAME);
    expect(await mainText()).toContain('Förderaufruf lesen und Fragen notieren');
    await journey.page
      .getByRole('button', { name: /Als erledigt markieren/ })
      .first()
      .click();
    await expect
      .poll(() => journey.page.locator('[aria-live="polite"]').first().textContent())
      .toContain('Aufgabe erledigt');
    // The swapped item keeps the keyboard focus on its button.
    expect(await journey.page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^aufgabe-.+-knopf$/);
    await expectNoAxeViolations(journey.page);

    // A toggle the server refuses falls back to the plain form: the page with the message replaces this one.
    await journey.page
      .locator('form.todo-toggle input[name="erledigt"]')
      .first()
      .evaluate((input) => {
        (input as HTMLInputElement).value = 'vielleicht';
      });
    expect(await click('Wieder öffnen', 'button')).toBe(422);
    expect((await alerts(journey.page)).join(' ')).toContain(
      'Diese Änderung der Aufgabe konnten wir nicht speichern',
    );
    await expectNoAxeViolations(journey.page);
    expect(await mainText()).toContain('Förderaufruf lesen und Fragen notieren (erledigt)');
    expect(await click(`Zurück zum Tandem mit ${MENTOR_NAME}`)).toBe(200);

    // A milestone on the way to the agreed goal, reached and celebrated.
    expect(await click('Ziele und Meilensteine bearbeiten')).toBe(200);
    expect(await heading(journey.page)).toBe('Ziele und Meilensteine');
    await journey.page.getByLabel('Meilenstein', { exact: true }).fill('Antragsentwurf fertig');
    expect(await click('Meilenstein hinzufügen', 'button')).toBe(200);
    expect(await click('Als erreicht markieren: Antragsentwurf fertig', 'button')).toBe(200);
    expect(await mainText()).toContain('1 von 1 Meilenstein erreicht');
    await expectNoAxeViolations(journey.page);
    expect(await click('Erfolg feiern: Antragsentwurf fertig', 'button')).toBe(200);
    expect((await alerts(journey.page)).join(' ')).toContain('Herzlichen Glückwunsch!');
    expect(await mainText()).toContain('erreicht und gefeiert');
    await expectNoAxeViolations(journey.page);
    await logOut();

    // Last, the mentor logs the meeting's time (the held meeting proposes its duration) and
    // downloads the proof for the funding report.
    await openTandem(MENTOR, MENTEE_NAME);
    await journey.page.goto(meetingUrl);
    await expectNoAxeViolations(journey.page);
    // The mentor logs the meeting's time; the held meeting proposes its duration.
    expect(await click('Zeit für dieses Treffen erfassen')).toBe(200);
    expect(await heading(journey.page)).toBe('Zeit erfassen');
    await expectNoAxeViolations(journey.page);
    expect(await click('Zeit speichern', 'button')).toBe(200);
    expect(await heading(journey.page)).toBe('Mentoring-Zeit');
    expect(await mainText()).toContain('0:45');
    await expectNoAxeViolations(journey.page);

    // The proof for the funding report.
    const year = new Date().getFullYear();
    const [download] = await Promise.all([
      journey.page.waitForEvent('download'),
      journey.page
        .getByRole('link', { name: `Nachweis über Mentoring-Tätigkeiten ${year} herunterladen (PDF)` })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe(`nachweis-mentoring-${year}.pdf`);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const proof = await pdfText(Buffer.concat(chunks));
    expect(proof).toContain(`Nachweis über Mentoring-Tätigkeiten ${year}`);
    expect(proof).toContain('0:45');
    // Dates, kinds and durations only: nothing the tandem wrote.
    expect(proof).not.toContain('Kämmerei');
  }, 300_000);

  it('a mentee asks for support; the coordinator works the case and reads the coordination pages: axe on every one', async () => {
    await openTandem(MENTEE, MENTOR_NAME);
    expect(await click('Unterstützung anfragen')).toBe(200);
    expect(await heading(journey.page)).toBe('Unterstützung anfragen');
    await expectNoAxeViolations(journey.page);
    await journey.page.getByRole('radio', { name: 'Der Kontakt ist eingeschlafen' }).check();
    await journey.page
      .getByLabel('Ihre Nachricht an die Koordination')
      .fill('Wir finden keinen gemeinsamen Termin.');
    expect(await click('Anfrage senden', 'button')).toBe(200);
    expect((await alerts(journey.page)).join(' ')).not.toMatch(/Fehler/);
    await expectNoAxeViolations(journey.page);
    await logOut();

    await logInAs(journey.page, journey.server, COORDINATOR, DEMO_PASSWORD, DEMO_TOTP_SECRET);
    await journey.page.goto(journey.server.url('/koordination/tandems'));
    expect(await heading(journey.page)).toBe('Tandems');
    expect(await mainText()).toContain(`${MENTEE_NAME} mit ${MENTOR_NAME}`);
    await expectNoAxeViolations(journey.page);
    expect(await click('Unterstützungsanfragen')).toBe(200);
    expect(await mainText()).toContain('Der Kontakt ist eingeschlafen');
    await expectNoAxeViolations(journey.page);
    await waitForPage(journey.page, () => journey.page.locator('main table tbody a').first().click());
    expect(await heading(journey.page)).toBe(`Unterstützungsanfrage: ${MENTEE_NAME} mit ${MENTOR_NAME}`);
    expect(await mainText()).toContain('Wir finden keinen gemeinsamen Termin.');
    await expectNoAxeViolations(journey.page);
    await journey.page.getByRole('radio', { name: 'Kontakt aufgenommen' }).check();
    await journey.page
      .getByLabel('Text', { exact: true })
      .fill('Mit beiden telefoniert, Termin vorgeschlagen.');
    expect(await click('Festhalten', 'button')).toBe(200);
    expect(await mainText()).toContain('Mit beiden telefoniert, Termin vorgeschlagen.');
    await expectNoAxeViolations(journey.page);

    for (const [path, title] of [
      ['/koordination/mentoring-zeit', 'Mentoring-Zeit der Mentor*innen'],
      ['/koordination/rueckmeldungen', 'Rückmeldungen nach dem Ende'],
    ]) {
      await journey.page.goto(journey.server.url(path!));
      expect(await heading(journey.page)).toBe(title);
      await expectNoAxeViolations(journey.page);
    }
    await journey.page.goto(journey.server.url('/koordination/tandem-einstellungen/klimaschutz'));
    await expectNoAxeViolations(journey.page);
  });
});
