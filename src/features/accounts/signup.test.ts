import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { TestClient, text } from '../../../test/helpers/client.ts';
import { createUser, linkIn, mailsTo, PASSWORD } from '../../../test/helpers/factories.ts';
import { auditEvents, users } from '../../db/schema/index.ts';

const t = useTestApp();

describe('sign-up and email verification', () => {
  it('creates an account, sends a German verification mail, and verifies with the link once', async () => {
    const client = new TestClient(t.app);
    const signup = await client.post(
      '/konto/erstellen',
      { name: 'Mara Muster', email: 'Mara.Muster@Example.org', password: PASSWORD },
      { tokenFrom: '/konto/erstellen' },
    );
    expect(signup.statusCode).toBe(303);
    expect(signup.headers.location).toBe('/konto/erstellen/gesendet');
    expect(text((await client.get('/konto/erstellen/gesendet')).body)).toContain(
      'Bitte prüfen Sie Ihr Postfach',
    );

    const [mail] = await mailsTo(t.db, 'mara.muster@example.org');
    expect(mail?.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(mail?.text).toContain('Guten Tag Mara Muster,');
    expect(mail?.html).toContain('<a href="http://localhost:3000/konto/bestaetigen?token=');
    const link = linkIn(mail!.text, '/konto/bestaetigen?token=');

    // Logging in before verifying: the password is right, but the address must be confirmed first.
    const early = await client.post(
      '/anmelden',
      { email: 'mara.muster@example.org', password: PASSWORD },
      { tokenFrom: '/anmelden' },
    );
    expect(early.statusCode).toBe(403);
    expect(text(early.body)).toContain('Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse');

    const confirmPage = await client.get(link);
    expect(confirmPage.statusCode).toBe(200);
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const confirm = await client.post('/konto/bestaetigen', { token }, { tokenFrom: link });
    expect(confirm.statusCode).toBe(303);
    expect(text((await client.get('/anmelden')).body)).toContain('Ihre E-Mail-Adresse ist bestätigt');

    const again = await client.post('/konto/bestaetigen', { token }, { tokenFrom: link });
    expect(again.statusCode).toBe(400);
    expect(text(again.body)).toContain('Dieser Link ist nicht mehr gültig');

    const login = await client.post(
      '/anmelden',
      { email: 'mara.muster@example.org', password: PASSWORD },
      { tokenFrom: '/anmelden' },
    );
    expect(login.statusCode).toBe(303);
    expect(text((await client.get('/konto')).body)).toContain('mara.muster@example.org');
  });

  it('answers a sign-up for a known address exactly like a new one, and tells the owner by mail', async () => {
    const owner = await createUser(t.db, { email: 'bekannt@example.org', name: 'Berta Bekannt' });
    const a = await new TestClient(t.app, '10.0.0.1').post(
      '/konto/erstellen',
      { name: 'Jemand', email: 'bekannt@example.org', password: 'ein-ganz-anderes-passwort' },
      { tokenFrom: '/konto/erstellen' },
    );
    const b = await new TestClient(t.app, '10.0.0.2').post(
      '/konto/erstellen',
      { name: 'Jemand', email: 'unbekannt@example.org', password: 'ein-ganz-anderes-passwort' },
      { tokenFrom: '/konto/erstellen' },
    );
    expect(a.statusCode).toBe(b.statusCode);
    expect(a.headers.location).toBe(b.headers.location);
    expect(a.body).toBe(b.body);
    const [notice] = await mailsTo(t.db, 'bekannt@example.org');
    expect(notice?.subject).toBe('Sie haben bereits ein Konto');
    const [row] = await t.db.select().from(users).where(eq(users.id, owner.id));
    expect(row?.name).toBe('Berta Bekannt');
  });

  it('rejects bad input with 422, German messages next to the fields and in the summary, and keeps what was typed', async () => {
    const client = new TestClient(t.app, '10.0.0.3');
    const res = await client.post(
      '/konto/erstellen',
      { name: 'Karl Klein', email: 'kein-at-zeichen', password: 'passwort1' },
      { tokenFrom: '/konto/erstellen' },
    );
    expect(res.statusCode).toBe(422);
    const body = text(res.body);
    expect(body).toContain('Bitte korrigieren Sie 2 Angaben');
    expect(body).toContain('Bitte geben Sie eine E-Mail-Adresse im Format name@beispiel.de ein.');
    expect(body).toContain('Dieses Passwort ist zu verbreitet');
    expect(res.body).toContain('href="#feld-email"');
    expect(res.body).toContain('id="feld-email" name="email" type="email" value="kein-at-zeichen"');
    expect(res.body).toContain('value="Karl Klein"');
    expect(res.body).toContain('aria-invalid="true"');
    expect(res.body).toMatch(/<title>Fehler: Konto erstellen/);
    // A typed password is never sent back.
    expect(res.body).not.toContain('passwort1');
  });

  it('enforces 8 to 128 characters and accepts 64 without composition rules', async () => {
    const client = new TestClient(t.app, '10.0.0.4');
    const short = await client.post(
      '/konto/erstellen',
      { name: 'A', email: 'a@example.org', password: 'kurz7zz' },
      { tokenFrom: '/konto/erstellen' },
    );
    expect(text(short.body)).toContain('mindestens 8 Zeichen');
    const long = await client.post(
      '/konto/erstellen',
      { name: 'A', email: 'a@example.org', password: 'x'.repeat(129) },
      { tokenFrom: '/konto/erstellen' },
    );
    expect(text(long.body)).toContain('höchstens 128 Zeichen');
    const ok = await client.post(
      '/konto/erstellen',
      { name: 'A', email: 'lang@example.org', password: 'kleinbuchstaben '.repeat(4) },
      { tokenFrom: '/konto/erstellen' },
    );
    expect(ok.statusCode).toBe(303);
  });

  it('records the sign-up in the audit log without the password', async () => {
    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.kind, 'signup'));
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toContain(PASSWORD);
  });
});
