import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { TestClient, text } from '../../../test/helpers/client.ts';
import { mailsTo, PASSWORD } from '../../../test/helpers/factories.ts';
import { demoPeople, seedDemo } from '../../demo/seed.ts';
import { enqueueMail } from '../../mail/outbox.ts';

describe('mail viewer', () => {
  const dev = useTestApp({ config: { mode: 'development' } });
  const production = useTestApp({ config: { mode: 'production' } });
  const demo = useTestApp({ config: { mode: 'demo' } });
  beforeAll(async () => {
    await seedDemo(demo.app.deps.database, demo.app.deps.config.sessionSecret, demo.clock.now());
  });

  it('shows the outbox in development mode with the text part of each mail', async () => {
    const client = new TestClient(dev.app);
    await client.post(
      '/konto/erstellen',
      { name: 'Dora Dev', email: 'dora@example.org', password: PASSWORD },
      { tokenFrom: '/konto/erstellen' },
    );
    const list = await client.get('/dev/mails');
    expect(text(list.body)).toContain('dora@example.org');
    const [mail] = await mailsTo(dev.db, 'dora@example.org');
    const detail = await client.get(`/dev/mails/${mail!.id}`);
    expect(text(detail.body)).toContain('Guten Tag Dora Dev');
    const html = await client.get(`/dev/mails/${mail!.id}/html`);
    expect(html.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('in demo mode shows the mails to the demo logins, never those to an account signed up on the demo', async () => {
    const visitor = new TestClient(demo.app);
    // Someone signs up on the demo with their real address.
    await visitor.post(
      '/konto/erstellen',
      { name: 'Rita Real', email: 'rita@example.org', password: PASSWORD },
      { tokenFrom: '/konto/erstellen' },
    );
    // A mail to a demo login, as the app sends them (password reset, proposals, reminders).
    const admin = demoPeople.find((p) => p.kind === 'admin')!.email;
    await enqueueMail(demo.db, admin, 'de', {
      template: 'test.demo',
      subject: 'mail.reset.subject',
      paragraphs: ['mail.reset.body'],
      vars: { name: 'Alex Admin (Demo)' },
    });
    const ritas = await mailsTo(demo.db, 'rita@example.org');
    // At least the verification mail, whose link would let anyone confirm and use her account.
    expect(ritas.length).toBeGreaterThanOrEqual(1);
    expect(ritas.some((m) => m.text.includes('token='))).toBe(true);
    const [demoMail] = await mailsTo(demo.db, admin);

    // Anyone else who reaches the demo opens the viewer.
    const other = new TestClient(demo.app);
    const list = await other.get('/dev/mails');
    expect(list.statusCode).toBe(200);
    expect(text(list.body)).toContain(admin);
    expect(text(list.body)).toContain('nur die E-Mails an die Demo-Zugänge');
    expect(text(list.body)).not.toContain('rita@example.org');
    expect(list.body).not.toContain(ritas[0]!.id);
    expect(text((await other.get(`/dev/mails/${demoMail!.id}`)).body)).toContain('Alex Admin (Demo)');
    for (const mail of ritas) {
      const detail = await other.get(`/dev/mails/${mail.id}`);
      expect(detail.statusCode).toBe(404);
      expect(detail.body).not.toContain('token=');
      expect((await other.get(`/dev/mails/${mail.id}/html`)).statusCode).toBe(404);
    }
  });

  it('does not exist in production mode', async () => {
    const client = new TestClient(production.app);
    expect((await client.get('/dev/mails')).statusCode).toBe(404);
    expect((await client.get('/dev/mails/00000000-0000-0000-0000-000000000000')).statusCode).toBe(404);
  });
});
