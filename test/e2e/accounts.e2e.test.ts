import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import {
  inMain,
  logIn,
  logOut,
  mainText,
  signUpAndVerify,
  submitCode,
  summaryFocused,
  VERIFY_SUBJECT,
  verificationLink,
} from './account-steps.ts';
import {
  alerts,
  expectErrorTitle,
  expectNoAxeViolations,
  expectNoErrorTitle,
  focused,
  heading,
  openMail,
  tabTo,
  typeInto,
  uniqueEmail,
  visit,
  waitForPage,
} from './helpers.ts';
import { useJourney } from './journey.ts';

const journey = useJourney();

describe('accounts in the browser', () => {
  it('a participant signs up, confirms the address, logs in and out using only the keyboard', async () => {
    const name = 'Kim Tastatur';
    const email = uniqueEmail('kim');
    const password = 'Klimatandem-Tastatur-2026';

    // Start journey.page; the first Tab reaches the skip link, which moves focus into the main content.
    await visit(journey.page, journey.server.url('/'));
    expect(await heading(journey.page)).toBe('Mentoring für kommunale Klimamanager*innen');
    await expectNoErrorTitle(journey.page);
    await expectNoAxeViolations(journey.page);
    await journey.page.keyboard.press('Tab');
    expect(await focused(journey.page)).toMatchObject({
      tag: 'a',
      name: 'Zum Inhalt springen',
      href: '#inhalt',
    });
    expect(
      await journey.page.evaluate(() => document.activeElement?.getBoundingClientRect().left ?? -1),
    ).toBeGreaterThanOrEqual(0);
    await journey.page.keyboard.press('Enter');
    await expect.poll(() => focused(journey.page).then((f) => `${f.tag}#${f.id}`)).toBe('main#inhalt');
    await journey.page.keyboard.press('Tab');
    expect(await inMain(journey.page), 'the next Tab after the skip link stays in the main content').toBe(
      true,
    );

    // To "Konto erstellen".
    await tabTo(journey.page, { tag: 'a', name: 'Konto erstellen' });
    expect(await waitForPage(journey.page, () => journey.page.keyboard.press('Enter'))).toBe(200);
    expect(new URL(journey.page.url()).pathname).toBe('/konto/erstellen');
    expect(await heading(journey.page)).toBe('Konto erstellen');
    await expectNoErrorTitle(journey.page);
    await expectNoAxeViolations(journey.page);

    // Submitting the empty form: 422, every error listed and linked to its field, focus on the summary.
    await tabTo(journey.page, { tag: 'button', name: 'Konto erstellen' });
    expect(await waitForPage(journey.page, () => journey.page.keyboard.press('Enter'))).toBe(422);
    await expectErrorTitle(journey.page);
    expect(await heading(journey.page)).toBe('Konto erstellen');
    const summary = journey.page.locator('[data-error-summary]');
    expect(await summary.getByRole('heading').textContent()).toBe('Bitte korrigieren Sie 3 Angaben:');
    const errorLinks = await summary
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((a) => ({ text: (a.textContent ?? '').trim(), href: a.getAttribute('href') })),
      );
    expect(errorLinks).toEqual([
      { text: 'Name: Bitte geben Sie Ihren Namen ein.', href: '#feld-name' },
      { text: 'E-Mail-Adresse: Bitte geben Sie Ihre E-Mail-Adresse ein.', href: '#feld-email' },
      { text: 'Neues Passwort: Bitte geben Sie ein Passwort ein.', href: '#feld-password' },
    ]);
    for (const { text, href } of errorLinks) {
      const field = journey.page.locator(href!);
      expect(await field.getAttribute('aria-invalid'), href!).toBe('true');
      // The message next to the field is part of its accessible description.
      const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
      const description = await journey.page.evaluate(
        (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
        describedBy.split(' ').filter(Boolean),
      );
      // The summary names the field; the message beside it does not need to.
      expect(description).toContain(text.slice(text.indexOf(': ') + 2));
    }
    await expect
      .poll(() => summaryFocused(journey.page), { message: 'focus moves to the error summary' })
      .toBe(true);
    await expectNoAxeViolations(journey.page);

    // From the summary, the first error link leads straight into the name field.
    await journey.page.keyboard.press('Tab');
    expect(await focused(journey.page)).toMatchObject({ tag: 'a', href: '#feld-name' });
    await journey.page.keyboard.press('Enter');
    await expect.poll(() => focused(journey.page).then((f) => f.id)).toBe('feld-name');
    await journey.page.keyboard.type(name);
    await typeInto(journey.page, 'E-Mail-Adresse', email);
    await typeInto(journey.page, 'Neues Passwort', password);
    await tabTo(journey.page, { tag: 'button', name: 'Konto erstellen' });
    expect(await waitForPage(journey.page, () => journey.page.keyboard.press('Enter'))).toBe(200);
    expect(await heading(journey.page)).toBe('Bitte prüfen Sie Ihr Postfach');
    await expectNoErrorTitle(journey.page);
    await expectNoAxeViolations(journey.page);

    // The verification mail; its link asks for one more confirmation.
    const mail = await openMail(journey.page, journey.server, email, VERIFY_SUBJECT);
    expect(mail.text).toContain('Bitte bestätigen Sie Ihre E-Mail-Adresse.');
    await visit(journey.page, verificationLink(journey.server, mail.links));
    expect(await heading(journey.page)).toBe('E-Mail-Adresse bestätigen');
    await expectNoAxeViolations(journey.page);
    await tabTo(journey.page, { tag: 'button', name: 'E-Mail-Adresse bestätigen' });
    expect(await waitForPage(journey.page, () => journey.page.keyboard.press('Enter'))).toBe(200);
    expect(new URL(journey.page.url()).pathname).toBe('/anmelden');
    expect(await heading(journey.page)).toBe('Anmelden');
    expect(await alerts(journey.page)).toContain(
      'Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.',
    );
    await expectNoAxeViolations(journey.page);

    // A wrong password first: 401, an error title and message, the address kept.
    await typeInto(journey.page, 'E-Mail-Adresse', email);
    await typeInto(journey.page, 'Passwort', 'nicht-das-richtige-Passwort');
    await tabTo(journey.page, { tag: 'button', name: 'Anmelden' });
    expect(await waitForPage(journey.page, () => journey.page.keyboard.press('Enter'))).toBe(401);
    await expectErrorTitle(journey.page);
    expect((await alerts(journey.page)).join(' ')).toContain(
      'E-Mail-Adresse oder Passwort ist nicht richtig.',
    );
    expect(await journey.page.locator('#feld-email').inputValue()).toBe(email);
    await expect
      .poll(() => summaryFocused(journey.page), { message: 'focus moves to the error message' })
      .toBe(true);
    await expectNoAxeViolations(journey.page);

    // Then the right one.
    await typeInto(journey.page, 'Passwort', password);
    await tabTo(journey.page, { tag: 'button', name: 'Anmelden' });
    expect(await waitForPage(journey.page, () => journey.page.keyboard.press('Enter'))).toBe(200);
    expect(new URL(journey.page.url()).pathname).toBe('/konto');
    expect(await heading(journey.page)).toBe('Mein Konto');
    expect(await alerts(journey.page)).toContain('Sie sind angemeldet.');
    const account = await mainText(journey.page);
    expect(account).toContain(email);
    expect(account).toContain(name);
    expect(account).toContain('Teilnehmende*r');
    await expectNoAxeViolations(journey.page);

    // Log out with the button in the navigation.
    await tabTo(journey.page, { tag: 'button', name: 'Abmelden' });
    expect(await waitForPage(journey.page, () => journey.page.keyboard.press('Enter'))).toBe(200);
    expect(new URL(journey.page.url()).pathname).toBe('/');
    expect(await alerts(journey.page)).toContain('Sie sind abgemeldet.');
    await expectNoAxeViolations(journey.page);

    // The session is gone: the account page asks for a login again.
    await visit(journey.page, journey.server.url('/konto'));
    expect(new URL(journey.page.url()).pathname).toBe('/anmelden');
    expect(await heading(journey.page)).toBe('Anmelden');
  });

  it('a coordinator must set up two-factor authentication and then logs in with a code', async () => {
    const person = {
      name: 'Robin Koordination',
      email: uniqueEmail('robin'),
      password: 'Koordination-Zweifaktor-2026',
    };
    await signUpAndVerify(journey.page, journey.server, person);

    // The operator makes the person a coordinator with the CLI (PGlite: one process per data dir).
    expect(await journey.server.stop(), 'the server shuts down cleanly on SIGTERM').toBe(0);
    const grant = await journey.server.cli([
      'grant-coordinator',
      '--email',
      person.email,
      '--programme',
      'klimaschutz',
    ]);
    expect(grant.code, grant.stderr).toBe(0);
    expect(grant.stdout).toContain(person.email);
    await journey.server.start();

    // Logging in leads to setting up the second factor, which is required for coordinators.
    await visit(journey.page, journey.server.url('/anmelden'));
    await logIn(journey.page, journey.server, person.email, person.password);
    expect(new URL(journey.page.url()).pathname).toBe('/konto/2fa');
    expect(await heading(journey.page)).toBe('Zwei-Faktor-Authentisierung einrichten');
    expect((await alerts(journey.page)).join(' ')).toContain('Zwei-Faktor-Authentisierung vorgeschrieben');
    await expectNoErrorTitle(journey.page);
    await expectNoAxeViolations(journey.page);

    // A wrong code: an error state.
    expect(await submitCode(journey.page, 'Einrichtung abschließen', '000000')).toBe(422);
    await expectErrorTitle(journey.page);
    expect((await alerts(journey.page)).join(' ')).toContain('Der Code ist nicht richtig oder abgelaufen.');
    await expectNoAxeViolations(journey.page);

    // The key shown for typing in by hand, as an authenticator app uses it.
    const secret = await journey.page.locator('code[data-totp-secret]').getAttribute('data-totp-secret');
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    const totp = new TOTP({ secret: Secret.fromBase32(secret!), digits: 6, period: 30, algorithm: 'SHA1' });
    const enrolStep = Math.floor(Date.now() / 30_000);
    const enrolCode = totp.generate();
    expect(await submitCode(journey.page, 'Einrichtung abschließen', enrolCode)).toBe(200);
    expect(await heading(journey.page)).toBe('Ihre Wiederherstellungscodes');
    expect(await alerts(journey.page)).toContain('Die Zwei-Faktor-Authentisierung ist eingerichtet.');
    const codes = (await journey.page.locator('[data-recovery-codes] li').allInnerTexts()).map((c) =>
      c.trim(),
    );
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    await expectNoAxeViolations(journey.page);

    const notice = await openMail(
      journey.page,
      journey.server,
      person.email,
      'Zwei-Faktor-Authentisierung eingerichtet',
    );
    expect(notice.text).toContain('Zwei-Faktor-Authentisierung eingerichtet');
    await visit(journey.page, journey.server.url('/konto'));
    await logOut(journey.page);

    // Second login: the password is not enough any more.
    await visit(journey.page, journey.server.url('/anmelden'));
    await logIn(journey.page, journey.server, person.email, person.password);
    expect(new URL(journey.page.url()).pathname).toBe('/anmelden/2fa');
    expect(await heading(journey.page)).toBe('Anmeldung bestätigen');
    await expectNoAxeViolations(journey.page);

    // The code already used for the set-up is refused (no replay)…
    expect(await submitCode(journey.page, 'Bestätigen', enrolCode)).toBe(422);
    await expectErrorTitle(journey.page);
    expect((await alerts(journey.page)).join(' ')).toContain('Der Code ist nicht richtig oder abgelaufen.');
    await expectNoAxeViolations(journey.page);

    // …a recovery code works instead of the app, once.
    expect(await submitCode(journey.page, 'Bestätigen', codes[0]!)).toBe(200);
    expect(new URL(journey.page.url()).pathname).toBe('/konto');
    expect(await alerts(journey.page)).toContain('Sie sind angemeldet.');
    await visit(journey.page, journey.server.url('/konto/2fa'));
    expect(await heading(journey.page)).toBe('Zwei-Faktor-Authentisierung');
    expect(await mainText(journey.page)).toContain('Unbenutzte Wiederherstellungscodes: 9');
    await expectNoAxeViolations(journey.page);
    await logOut(journey.page);

    // Third login: the used recovery code is refused, the app's next code is accepted.
    await visit(journey.page, journey.server.url('/anmelden'));
    await logIn(journey.page, journey.server, person.email, person.password);
    expect(new URL(journey.page.url()).pathname).toBe('/anmelden/2fa');
    expect(await submitCode(journey.page, 'Bestätigen', codes[0]!)).toBe(422);
    await expectErrorTitle(journey.page);
    await expectNoAxeViolations(journey.page);
    while (Math.floor(Date.now() / 30_000) <= enrolStep) await new Promise((r) => setTimeout(r, 250));
    expect(await submitCode(journey.page, 'Bestätigen', totp.generate())).toBe(200);
    expect(new URL(journey.page.url()).pathname).toBe('/konto');
    expect(await alerts(journey.page)).toContain('Sie sind angemeldet.');
    const account = await mainText(journey.page);
    expect(account).toContain('Koordination');
    expect(account).toContain('Die Zwei-Faktor-Authentisierung ist eingerichtet.');
    await expectNoAxeViolations(journey.page);
    await logOut(journey.page);
  }, 240_000);

  it('switches the start page to English and back', async () => {
    await visit(journey.page, journey.server.url('/'));
    expect(await journey.page.locator('html').getAttribute('lang')).toBe('de');
    await expectNoAxeViolations(journey.page);

    expect(
      await waitForPage(journey.page, () => journey.page.getByRole('button', { name: 'English' }).click()),
    ).toBe(200);
    expect(new URL(journey.page.url()).pathname).toBe('/');
    expect(await journey.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await heading(journey.page)).toBe('Mentoring for municipal climate managers');
    expect(await journey.page.getByRole('link', { name: 'Skip to content' }).count()).toBe(1);
    await expectNoAxeViolations(journey.page);

    expect(
      await waitForPage(journey.page, () => journey.page.getByRole('button', { name: 'Deutsch' }).click()),
    ).toBe(200);
    expect(await journey.page.locator('html').getAttribute('lang')).toBe('de');
    expect(await heading(journey.page)).toBe('Mentoring für kommunale Klimamanager*innen');
    await expectNoAxeViolations(journey.page);
  });
});
