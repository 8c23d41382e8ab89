import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { TestClient, text } from '../../../test/helpers/client.ts';
import { mailsTo } from '../../../test/helpers/factories.ts';
import { participations, users } from '../../db/schema/index.ts';
import { registerThroughForm } from '../registration/test-support.ts';
import { coordinator } from './test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const list = '/koordination/anmeldungen';

/** Registers through the form as mentee and mentor at once; the two participations, mentee first. */
async function registerBoth(name: string, email: string, ip: string) {
  await registerThroughForm(t, new TestClient(t.app, ip), { name, email, role: 'beides' });
  const [user] = await t.db.select().from(users).where(eq(users.email, email));
  const rows = await t.db.select().from(participations).where(eq(participations.userId, user!.id));
  const byRole = Object.fromEntries(rows.map((r) => [r.role, r]));
  return { mentee: byRole.mentee!, mentor: byRole.mentor! };
}

describe('a registration as mentee and mentor ("Beides")', () => {
  it('is one mail to the person and one row in the list, naming both roles', async () => {
    const { mentee, mentor } = await registerBoth('Berta Beides', 'berta.beides@example.org', '10.40.0.1');
    const mails = await mailsTo(t.db, 'berta.beides@example.org');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('als Mentee und Mentor*in');

    const { client } = await coordinator(t);
    const res = await client.get(`${list}?suche=berta.beides`);
    const page = text(res.body);
    expect(page).toContain('Alle: 1');
    expect(page).toContain('Angemeldet: 1');
    expect(page).toContain('1 Treffer, Seite 1 von 1');
    expect(page.match(/Berta Beides berta\.beides@example\.org/g)).toHaveLength(1);
    expect(page).toContain('Mentee und Mentor*in');
    expect(res.body.match(/href="\/koordination\/anmeldungen\/[0-9a-f-]{36}"/g)).toHaveLength(1);
    // The bulk acceptance still decides per role: one box each, named by person and role.
    expect(res.body).toContain(`value="${mentee.id}"`);
    expect(res.body).toContain(`value="${mentor.id}"`);
    expect(page).toContain('Berta Beides als Mentor*in auswählen');
    // A role filter finds the registration and still shows both roles.
    expect(text((await client.get(`${list}?suche=berta.beides&rolle=mentor`)).body)).toContain(
      'Mentee und Mentor*in',
    );
  });
});
