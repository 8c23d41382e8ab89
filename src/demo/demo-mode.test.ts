import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/app.ts';
import { TestClient, text } from '../../test/helpers/client.ts';

/** The banner of demo mode: on every full page, as a named region, and only in demo mode. */
describe('demo banner', () => {
  let demo: TestApp;
  let production: TestApp;
  beforeAll(async () => {
    demo = await createTestApp({ config: { mode: 'demo' } });
    production = await createTestApp({ config: { mode: 'production' } });
  });
  afterAll(async () => {
    await demo.close();
    await production.close();
  });

  it('says on every page of a demo that its data are not real, as a named region', async () => {
    const client = new TestClient(demo.app);
    for (const path of ['/', '/anmelden', '/impressum', '/dev/mails', '/gibt-es-nicht']) {
      const res = await client.get(path);
      expect(text(res.body), path).toContain('Demo – keine echten Daten');
      expect(res.body).toMatch(
        /<section class="demo-banner" aria-labelledby="demo-hinweis"><p class="kern-container demo-banner__text" id="demo-hinweis">Demo – keine echten Daten<\/p><\/section>/,
      );
    }
  });

  it('speaks English to English-speaking visitors', async () => {
    const client = new TestClient(demo.app);
    await client.post('/sprache', { sprache: 'en', zurueck: '/' }, { tokenFrom: '/' });
    expect(text((await client.get('/')).body)).toContain('Demo – no real data');
  });

  it('is not shown outside demo mode', async () => {
    const client = new TestClient(production.app);
    const res = await client.get('/');
    expect(res.statusCode).toBe(200);
    expect(text(res.body)).not.toContain('Demo – keine echten Daten');
    expect(res.body).not.toContain('demo-banner');
  });
});
