import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { TestClient, text } from '../../../test/helpers/client.ts';
import { mailsTo, PASSWORD } from '../../../test/helpers/factories.ts';

describe('mail viewer', () => {
  let dev: TestApp;
  let production: TestApp;
  beforeAll(async () => {
    dev = await createTestApp({ config: { mode: 'development' } });
    production = await createTestApp({ config: { mode: 'production' } });
  });
  afterAll(async () => {
    await dev.close();
    await production.close();
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

  it('does not exist in production mode', async () => {
    const client = new TestClient(production.app);
    expect((await client.get('/dev/mails')).statusCode).toBe(404);
    expect((await client.get('/dev/mails/00000000-0000-0000-0000-000000000000')).statusCode).toBe(404);
  });
});
