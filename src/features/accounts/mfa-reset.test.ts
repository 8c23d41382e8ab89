import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { TestClient as Client, type TestClient, text } from '../../../test/helpers/client.ts';
import { createUser, linkIn, loginAs, mailsTo, PASSWORD } from '../../../test/helpers/factories.ts';
import { auditEvents, recoveryCodes, users } from '../../db/schema/index.ts';

const t = useTestApp();
let adminUser: Awaited<ReturnType<typeof createUser>>;
let admin: TestClient;
beforeAll(async () => {
  adminUser = await createUser(t.db, { kind: 'admin', name: 'Ada Admin' });
  admin = await loginAs(t, adminUser);
});

const accountPath = (id: string) => `/verwaltung/konten/${id}`;
const resetPath = (id: string) => `${accountPath(id)}/zweiter-faktor`;

describe('an admin resets a second factor', () => {
  it('finds the person, asks for confirmation, removes the factor, ends the sessions, audits and mails', async () => {
    const person = await createUser(t.db, {
      kind: 'coordinator',
      name: 'Carla Verloren',
      email: 'carla.verloren@example.org',
    });
    await t.db.insert(recoveryCodes).values({ userId: person.id, codeHash: 'x'.repeat(64) });
    const carla = await loginAs(t, person);
    expect((await carla.get('/konto')).statusCode).toBe(200);

    // The admin finds her from the coordination area's page (the header's "Koordination"), by part of her address.
    expect((await admin.get('/')).body).toContain('href="/koordination"');
    expect((await admin.get('/koordination')).body).toContain('href="/verwaltung/konten"');
    const found = await admin.get('/verwaltung/konten?suche=CARLA.verl');
    expect(found.statusCode).toBe(200);
    expect(text(found.body)).toContain('Carla Verloren carla.verloren@example.org eingerichtet seit');
    expect(found.body).toContain(`href="${accountPath(person.id)}"`);
    const page = await admin.get(accountPath(person.id));
    expect(text(page.body)).toContain('Konto: Carla Verloren');
    expect(text(page.body)).toContain('Koordination (Mentoring im Klimaschutzmanagement)');
    expect(page.body).toContain(`href="${resetPath(person.id)}"`);

    const confirm = await admin.get(resetPath(person.id));
    expect(confirm.statusCode).toBe(200);
    expect(text(confirm.body)).toContain('Zweiten Faktor zurücksetzen: Carla Verloren');
    expect(text(confirm.body)).toContain('alle ihre Sitzungen beendet');

    // Without the tick nothing happens.
    const unconfirmed = await admin.post(resetPath(person.id), {}, { tokenFrom: resetPath(person.id) });
    expect(unconfirmed.statusCode).toBe(422);
    expect(text(unconfirmed.body)).toContain(
      'Bitte bestätigen Sie mit dem Häkchen bei „Ich habe mich vergewissert …“',
    );
    expect(unconfirmed.body).toContain('href="#feld-bestaetigung"');
    expect((await t.db.select().from(users).where(eq(users.id, person.id)))[0]!.totpEnabledAt).not.toBeNull();

    const done = await admin.post(
      resetPath(person.id),
      { bestaetigung: 'ja' },
      { tokenFrom: resetPath(person.id) },
    );
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(accountPath(person.id));
    const after = await admin.get(accountPath(person.id));
    expect(text(after.body)).toContain('Der zweite Faktor ist zurückgesetzt');
    expect(text(after.body)).toContain('Für dieses Konto ist kein zweiter Faktor eingerichtet.');

    const [row] = await t.db.select().from(users).where(eq(users.id, person.id));
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    expect(await t.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, person.id))).toEqual([]);
    // Whoever has her old session (or her phone) is signed out.
    expect((await carla.get('/konto')).statusCode).toBe(303);

    const audits = await t.db.select().from(auditEvents).where(eq(auditEvents.kind, 'mfa_reset_by_admin'));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ userId: person.id, actorId: adminUser.id });

    const [mail] = await mailsTo(t.db, person.email);
    expect(mail!.subject).toBe('Ihr zweiter Faktor bei klimatandem wurde zurückgesetzt');
    expect(mail!.text).toContain('Guten Tag Carla Verloren');
    expect(mail!.text).toContain('So geht es weiter: Melden Sie sich mit Ihrem Passwort an.');
    expect(mail!.text).toContain('Haben Sie nicht um das Zurücksetzen gebeten?');
    expect(linkIn(mail!.text, '/anmelden')).toBe('/anmelden');

    // Her next login leads straight to setting up a new second factor.
    const client = new Client(t.app);
    const login = await client.post(
      '/anmelden',
      { email: person.email, password: PASSWORD },
      { tokenFrom: '/anmelden' },
    );
    expect(login.headers.location).toBe('/konto/2fa');
  });

  it('has nothing to reset for a person without a second factor', async () => {
    const person = await createUser(t.db, { name: 'Paul Ohne' });
    const page = await admin.get(accountPath(person.id));
    expect(text(page.body)).toContain('Für dieses Konto ist kein zweiter Faktor eingerichtet.');
    expect(page.body).not.toContain(`href="${resetPath(person.id)}"`);
    expect((await admin.get(resetPath(person.id))).statusCode).toBe(303);
    const res = await admin.post(
      resetPath(person.id),
      { bestaetigung: 'ja' },
      { tokenFrom: accountPath(person.id) },
    );
    expect(res.statusCode).toBe(303);
    expect(await mailsTo(t.db, person.email)).toEqual([]);
  });

  it('does not reset the admin\u2019s own factor here', async () => {
    const page = await admin.get(accountPath(adminUser.id));
    expect(text(page.body)).toContain('Ihren eigenen zweiten Faktor verwalten Sie in Ihrem Konto.');
    const res = await admin.post(
      resetPath(adminUser.id),
      { bestaetigung: 'ja' },
      { tokenFrom: accountPath(adminUser.id) },
    );
    expect(res.statusCode).toBe(303);
    expect(
      (await t.db.select().from(users).where(eq(users.id, adminUser.id)))[0]!.totpEnabledAt,
    ).not.toBeNull();
  });

  it('answers 404 for an unknown account and a German message for a too short search', async () => {
    expect((await admin.get(accountPath('00000000-0000-0000-0000-000000000000'))).statusCode).toBe(404);
    expect((await admin.get(accountPath('kein-konto'))).statusCode).toBe(404);
    const short = await admin.get('/verwaltung/konten?suche=a');
    expect(short.statusCode).toBe(422);
    expect(text(short.body)).toContain('mindestens 2 Zeichen');
    expect(text((await admin.get('/verwaltung/konten?suche=niemand-da')).body)).toContain(
      'Kein Konto gefunden für „niemand-da“.',
    );
  });

  it('is for admins only', async () => {
    const person = await createUser(t.db, { kind: 'coordinator' });
    const coordinator = await loginAs(t, await createUser(t.db, { kind: 'coordinator' }));
    expect((await coordinator.get('/verwaltung/konten')).statusCode).toBe(403);
    const res = await coordinator.post(resetPath(person.id), { bestaetigung: 'ja' }, { tokenFrom: '/konto' });
    expect(res.statusCode).toBe(403);
    expect((await t.db.select().from(users).where(eq(users.id, person.id)))[0]!.totpEnabledAt).not.toBeNull();
  });
});
