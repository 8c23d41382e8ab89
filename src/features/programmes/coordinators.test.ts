import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { type TestClient, text } from '../../../test/helpers/client.ts';
import { createUser, loginAs } from '../../../test/helpers/factories.ts';
import { auditEvents, sessions } from '../../db/schema/index.ts';

const t = useTestApp();
let admin: TestClient;
let adminId: string;
beforeAll(async () => {
  const user = await createUser(t.db, { kind: 'admin' });
  adminId = user.id;
  admin = await loginAs(t, user);
});

const PAGE = '/verwaltung/programme/klimaanpassung/koordination';
const THEMEN = '/programme/klimaanpassung/themen';

const roleChanges = (userId: string) =>
  t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.userId, userId), eq(auditEvents.kind, 'role_changed')))
    .orderBy(auditEvents.at);

const sessionCount = async (userId: string) =>
  (await t.db.select().from(sessions).where(eq(sessions.userId, userId))).length;

describe('coordination of a programme', () => {
  it('adds a coordinator by the e-mail address of an existing account; the role change ends their sessions', async () => {
    expect(text((await admin.get(PAGE)).body)).toContain('Diesem Programm ist noch niemand zugeordnet.');
    const person = await createUser(t.db, { name: 'Karla Klimaanpassung', totp: true });
    const before = await loginAs(t, person);
    expect((await before.get(THEMEN)).statusCode).toBe(403);
    expect(await sessionCount(person.id)).toBe(1);

    const res = await admin.post(PAGE, { email: `  ${person.email.toUpperCase()} ` });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(PAGE);
    const page = text((await admin.get(PAGE)).body);
    expect(page).toContain('Die Person gehört jetzt zur Koordination dieses Programms.');
    expect(page).toContain('Karla Klimaanpassung');
    expect(page).toContain(person.email);

    const [audit] = await roleChanges(person.id);
    expect(audit).toMatchObject({
      actorId: adminId,
      details: { coordinatorOf: 'klimaanpassung', via: 'admin' },
    });
    expect(await sessionCount(person.id)).toBe(0);
    const ended = await before.get(THEMEN);
    expect(ended.statusCode).toBe(303);
    expect(ended.headers.location).toMatch(/^\/anmelden\?weiter=/);

    // With the next login come the new rights: this programme's topic list, not the other's.
    const after = await loginAs(t, person);
    expect((await after.get(THEMEN)).statusCode).toBe(200);
    expect((await after.get('/programme/klimaschutz/themen')).statusCode).toBe(404);
  });

  it('refuses unknown, invalid and empty addresses and people already assigned (422, value kept)', async () => {
    const unknown = await admin.post(PAGE, { email: 'niemand@example.org' });
    expect(unknown.statusCode).toBe(422);
    expect(text(unknown.body)).toContain('Kein Konto mit dieser E-Mail-Adresse gefunden.');
    expect(unknown.body).toContain('href="#feld-email"');
    expect(unknown.body).toContain('value="niemand@example.org"');

    const invalid = await admin.post(PAGE, { email: 'niemand(at)example.org' });
    expect(invalid.statusCode).toBe(422);
    expect(text(invalid.body)).toContain(
      'Bitte geben Sie eine E-Mail-Adresse im Format name@beispiel.de ein.',
    );

    const empty = await admin.post(PAGE, { email: '' });
    expect(empty.statusCode).toBe(422);
    expect(text(empty.body)).toContain('Bitte geben Sie die E-Mail-Adresse des Kontos ein.');

    const person = await createUser(t.db);
    await admin.post(PAGE, { email: person.email });
    const again = await admin.post(PAGE, { email: person.email });
    expect(again.statusCode).toBe(422);
    expect(text(again.body)).toContain('Diese Person gehört bereits zur Koordination dieses Programms.');
    expect(await roleChanges(person.id)).toHaveLength(1);
  });

  it('removes a coordinator; the role change is audited and ends their sessions', async () => {
    const person = await createUser(t.db, { name: 'Rudi Rückzug', totp: true });
    await admin.post(PAGE, { email: person.email });
    const client = await loginAs(t, person);
    expect((await client.get(THEMEN)).statusCode).toBe(200);

    const page = await admin.get(PAGE);
    expect(page.body).toContain(`action="${PAGE}/${person.id}/entfernen"`);
    const res = await admin.post(`${PAGE}/${person.id}/entfernen`);
    expect(res.statusCode).toBe(303);
    const after = text((await admin.get(PAGE)).body);
    expect(after).toContain('Die Person gehört nicht mehr zur Koordination dieses Programms.');
    expect(after).not.toContain('Rudi Rückzug');

    const audits = await roleChanges(person.id);
    expect(audits).toHaveLength(2);
    expect(audits[1]).toMatchObject({
      actorId: adminId,
      details: { coordinatorRemovedFrom: 'klimaanpassung', via: 'admin' },
    });
    expect(await sessionCount(person.id)).toBe(0);
    expect((await client.get(THEMEN)).headers.location).toMatch(/^\/anmelden\?weiter=/);
    expect((await (await loginAs(t, person)).get(THEMEN)).statusCode).toBe(403);

    // Removing again, or someone who never coordinated, finds nothing.
    expect((await admin.post(`${PAGE}/${person.id}/entfernen`)).statusCode).toBe(404);
    expect((await admin.post(`${PAGE}/kein-uuid/entfernen`)).statusCode).toBe(404);
    expect((await admin.get('/verwaltung/programme/klimafolgen/koordination')).statusCode).toBe(404);
  });

  it('is for admins only', async () => {
    const target = await createUser(t.db);
    const coordinator = await loginAs(t, await createUser(t.db, { kind: 'coordinator' }));
    const participant = await loginAs(t, await createUser(t.db));
    for (const client of [coordinator, participant]) {
      expect((await client.get(PAGE)).statusCode).toBe(403);
      expect((await client.post(PAGE, { email: target.email })).statusCode).toBe(403);
    }
    expect(await roleChanges(target.id)).toHaveLength(0);
  });
});
