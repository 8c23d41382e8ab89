import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { TestClient, text } from '../../../test/helpers/client.ts';
import { createUser, linkIn, loginAs, mailsTo, PASSWORD } from '../../../test/helpers/factories.ts';
import {
  participationEvents,
  participations,
  profiles,
  programmes,
  topics,
  users,
} from '../../db/schema/index.ts';

const t = useTestApp();
let topicIds: string[] = [];
beforeAll(async () => {
  const [p] = await t.db.select().from(programmes).where(eq(programmes.slug, 'klimaanpassung'));
  topicIds = (await t.db.select().from(topics).where(eq(topics.programmeId, p!.id))).map((x) => x.id);
});

const organisation = {
  organisationName: 'Stadt Musterhausen',
  organisationType: 'stadt',
  bundesland: 'NI',
  sizeClass: '20000_50000',
  position: 'Klimaanpassungsmanagerin',
  inRoleSince: '2025',
  funding: 'Erstvorhaben',
};
const collaboration = {
  formats: ['online', 'telefon'],
  frequency: 'monatlich',
  languages: ['de'],
  availability: 'dienstags',
};

/** Posts a step like a browser, with repeated fields for ticked checkboxes. */
async function step(client: TestClient, name: string, fields: Record<string, string | string[]>) {
  const token = await client.token(`/registrierung/${name}`);
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  body.append('_csrf', token);
  const res = await t.app.inject({
    method: 'POST',
    url: `/registrierung/${name}`,
    remoteAddress: client.ip,
    headers: {
      cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: body.toString(),
  });
  for (const c of res.cookies as { name: string; value: string }[]) client.cookies.set(c.name, c.value);
  return res;
}

async function registerBoth(client: TestClient, email: string) {
  expect(
    (await step(client, 'programm', { programme: 'klimaanpassung', role: 'beides', aktion: 'weiter' }))
      .headers.location,
  ).toBe('/registrierung/kontakt');
  expect(
    (await step(client, 'kontakt', { name: 'Nora Neu', email, phone: '0511 123-45', aktion: 'weiter' }))
      .statusCode,
  ).toBe(303);
  expect((await step(client, 'organisation', { ...organisation, aktion: 'weiter' })).statusCode).toBe(303);
  const themen = {
    topicsNeeded: topicIds.slice(0, 2),
    topicsOffered: [topicIds[5]!],
    goals: 'Ein Hitzeaktionsplan',
    capacity: '2',
    aktion: 'weiter',
  };
  expect((await step(client, 'themen', themen)).statusCode).toBe(303);
  expect(
    (await step(client, 'zusammenarbeit', { ...collaboration, aktion: 'weiter' })).headers.location,
  ).toBe('/registrierung/abschluss');
}

describe('registration form', () => {
  it('registers a newcomer as mentee and mentor at once: account, profile, two participations, one mail', async () => {
    const client = new TestClient(t.app, '10.20.0.1');
    await registerBoth(client, 'nora@example.org');
    const summary = await client.get('/registrierung/abschluss');
    expect(text(summary.body)).toContain('Stadt Musterhausen');
    expect(text(summary.body)).toContain('Schritt 6 von 6');
    const done = await step(client, 'abschluss', { consent: 'ja', password: PASSWORD, aktion: 'weiter' });
    expect(done.headers.location).toBe('/registrierung/eingegangen');

    const [user] = await t.db.select().from(users).where(eq(users.email, 'nora@example.org'));
    const rows = await t.db.select().from(participations).where(eq(participations.userId, user!.id));
    expect(rows.map((r) => r.role).sort()).toEqual(['mentee', 'mentor']);
    expect(rows.every((r) => r.status === 'registered')).toBe(true);
    expect(rows.find((r) => r.role === 'mentor')?.capacity).toBe(2);
    const [profile] = await t.db.select().from(profiles).where(eq(profiles.userId, user!.id));
    expect(profile?.consentVersion).toMatch(/^\d{4}-/);
    const events = await t.db
      .select()
      .from(participationEvents)
      .where(eq(participationEvents.participationId, rows[0]!.id));
    expect(events.map((e) => e.toStatus)).toEqual(['registered']);

    const [mail] = await mailsTo(t.db, 'nora@example.org');
    expect(mail?.subject).toBe('Ihre Anmeldung zum Mentoring ist eingegangen');
    expect(mail?.text).toContain('als Mentee und Mentor*in');
    // Confirming the address through the link in the same mail, then logging in shows the registration.
    const link = linkIn(mail!.text, '/konto/bestaetigen?token=');
    await client.post(
      '/konto/bestaetigen',
      { token: new URL(link, 'http://x').searchParams.get('token')! },
      { tokenFrom: link },
    );
    const signedIn = await loginAs(t, { email: 'nora@example.org', totpEnabledAt: null });
    const profilePage = text((await signedIn.get('/profil')).body);
    expect(profilePage).toContain('Mentee');
    expect(profilePage).toContain('Mentor*in');
    expect(profilePage).toContain('Angemeldet');
  });

  it('creates one registration from a double submit', async () => {
    const client = new TestClient(t.app, '10.20.0.2');
    await registerBoth(client, 'doppelt@example.org');
    const [a, b] = await Promise.all([
      step(client, 'abschluss', { consent: 'ja', password: PASSWORD, aktion: 'weiter' }),
      step(client, 'abschluss', { consent: 'ja', password: PASSWORD, aktion: 'weiter' }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([303, 303]);
    const [user] = await t.db.select().from(users).where(eq(users.email, 'doppelt@example.org'));
    expect(await t.db.select().from(participations).where(eq(participations.userId, user!.id))).toHaveLength(
      2,
    );
    expect(await mailsTo(t.db, 'doppelt@example.org')).toHaveLength(1);
  });

  it('keeps everything typed on a validation error and on a back step, with German messages', async () => {
    const client = new TestClient(t.app, '10.20.0.3');
    await step(client, 'programm', { programme: 'klimaanpassung', role: 'mentor', aktion: 'weiter' });
    await step(client, 'kontakt', { name: 'Olaf Org', email: 'olaf@example.org', aktion: 'weiter' });
    const bad = await step(client, 'organisation', {
      ...organisation,
      inRoleSince: '20x5',
      bundesland: '',
      aktion: 'weiter',
    });
    expect(bad.statusCode).toBe(422);
    const body = text(bad.body);
    expect(body).toContain('Bitte geben Sie ein Jahr zwischen 1980 und dem laufenden Jahr ein');
    expect(body).toContain('Bitte wählen Sie eine der Möglichkeiten.');
    expect(bad.body).toContain('value="Stadt Musterhausen"');
    expect(bad.body).toContain('value="20x5"');
    expect(bad.body).toMatch(/<title>Fehler: Organisation und Funktion/);

    const back = await step(client, 'organisation', { ...organisation, aktion: 'zurueck' });
    expect(back.headers.location).toBe('/registrierung/kontakt');
    const again = await client.get('/registrierung/organisation');
    expect(again.body).toContain('value="Klimaanpassungsmanagerin"');
  });

  it('refuses a capacity of 0 or 99 and unknown topic ids with clear messages', async () => {
    const client = new TestClient(t.app, '10.20.0.4');
    await step(client, 'programm', { programme: 'klimaanpassung', role: 'mentor', aktion: 'weiter' });
    await step(client, 'kontakt', { name: 'Mia Mentor', email: 'mia@example.org', aktion: 'weiter' });
    await step(client, 'organisation', { ...organisation, aktion: 'weiter' });
    for (const capacity of ['0', '99']) {
      const res = await step(client, 'themen', { topicsOffered: [topicIds[0]!], capacity, aktion: 'weiter' });
      expect(res.statusCode).toBe(422);
      expect(text(res.body)).toContain('Bitte wählen Sie 1, 2 oder 3 Mentees.');
    }
    const unknown = await step(client, 'themen', {
      topicsOffered: ['00000000-0000-0000-0000-000000000000'],
      capacity: '1',
      aktion: 'weiter',
    });
    expect(text(unknown.body)).toContain('Eines der gewählten Themen gibt es in diesem Programm nicht');
  });

  it('does not let anyone skip ahead to the summary', async () => {
    const client = new TestClient(t.app, '10.20.0.5');
    await step(client, 'programm', { programme: 'klimaschutz', role: 'mentee', aktion: 'weiter' });
    const res = await client.get('/registrierung/abschluss');
    expect(res.headers.location).toBe('/registrierung/kontakt');
  });

  it('uses the signed-in account and refuses the same programme and role twice', async () => {
    const user = await createUser(t.db, { email: 'dabei@example.org', name: 'Dana Dabei' });
    const client = await loginAs(t, user);
    const register = async () => {
      await step(client, 'programm', { programme: 'klimaanpassung', role: 'mentee', aktion: 'weiter' });
      const contact = await client.get('/registrierung/kontakt');
      expect(text(contact.body)).toContain(
        'Wir verwenden die E-Mail-Adresse Ihres Kontos: dabei@example.org',
      );
      await step(client, 'kontakt', { name: 'Dana Dabei', aktion: 'weiter' });
      await step(client, 'organisation', { ...organisation, aktion: 'weiter' });
      await step(client, 'themen', { topicsNeeded: [topicIds[1]!], goals: 'Lernen', aktion: 'weiter' });
      await step(client, 'zusammenarbeit', { ...collaboration, aktion: 'weiter' });
      return step(client, 'abschluss', { consent: 'ja', aktion: 'weiter' });
    };
    expect((await register()).headers.location).toBe('/profil');
    const twice = await register();
    expect(twice.statusCode).toBe(422);
    expect(text(twice.body)).toContain('Sie sind für dieses Programm in dieser Rolle bereits angemeldet.');
  });

  it('requires consent, recorded with version and time', async () => {
    const client = new TestClient(t.app, '10.20.0.6');
    await registerBoth(client, 'ohne-zustimmung@example.org');
    const res = await step(client, 'abschluss', { password: PASSWORD, aktion: 'weiter' });
    expect(res.statusCode).toBe(422);
    expect(text(res.body)).toContain('Bitte willigen Sie in die Datenschutzerklärung ein');
  });

  it('answers an address that already has an account like a new one and asks its owner to sign in', async () => {
    await createUser(t.db, { email: 'vorhanden@example.org' });
    const client = new TestClient(t.app, '10.20.0.7');
    await registerBoth(client, 'vorhanden@example.org');
    const res = await step(client, 'abschluss', { consent: 'ja', password: PASSWORD, aktion: 'weiter' });
    expect(res.headers.location).toBe('/registrierung/eingegangen');
    const [mail] = await mailsTo(t.db, 'vorhanden@example.org');
    expect(mail?.subject).toBe('Bitte melden Sie sich für Ihre Anmeldung an');
  });
});

describe('eligibility question', () => {
  it('sends the question to the programme’s contact address, with the asker as reply-to', async () => {
    const client = new TestClient(t.app, '10.21.0.1');
    const empty = await client.post('/registrierung/frage', {}, { tokenFrom: '/registrierung/frage' });
    expect(empty.statusCode).toBe(422);
    expect(text(empty.body)).toContain('Bitte wählen Sie ein Programm.');
    const res = await client.post(
      '/registrierung/frage',
      {
        programme: 'klimaanpassung',
        name: 'Frida Frage',
        email: 'frida@example.org',
        question: 'Ich arbeite bei einem Wohlfahrtsverband.',
      },
      { tokenFrom: '/registrierung/frage' },
    );
    expect(res.headers.location).toBe('/registrierung/frage/gesendet');
    const [mail] = await mailsTo(t.db, 'mentoring@zentrum-klimaanpassung.de');
    expect(mail?.replyTo).toBe('frida@example.org');
    expect(mail?.text).toContain('Ich arbeite bei einem Wohlfahrtsverband.');
    expect((await mailsTo(t.db, 'frida@example.org'))[0]?.subject).toBe('Ihre Frage ist eingegangen');
  });
});
