import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/helpers/app.ts';
import { TestClient, text } from '../../test/helpers/client.ts';
import { createUser, loginAs } from '../../test/helpers/factories.ts';
import { createParticipant } from '../../test/helpers/participants.ts';
import { coordinator, detailUrl } from '../../test/support/intake.ts';
import { createTandem } from '../../test/support/tandems.ts';
import { containsNul } from './http.ts';

const t = useTestApp();

const MESSAGE = 'Die Eingabe enthält ein unzulässiges Steuerzeichen';

function expectRefused(res: LightMyRequestResponse) {
  expect(res.statusCode).toBe(400);
  expect(text(res.body)).toContain(MESSAGE);
}

describe('a NUL character in the input', () => {
  it('is refused with a German 400 on the login form, before the rate limits (anonymous)', async () => {
    const client = new TestClient(t.app, '10.30.0.1');
    const res = await client.post(
      '/anmelden',
      { email: 'lena\0@example.org', password: 'egal-egal-egal' },
      { tokenFrom: '/anmelden' },
    );
    expectRefused(res);
    // Also in a field's name, and in English for an English-speaking visitor.
    client.cookies.set('kt_lang', 'en');
    const english = await client.post(
      '/anmelden',
      { email: 'lena@example.org', password: 'egal-egal-egal', 'x\0': '1' },
      { tokenFrom: '/anmelden' },
    );
    expect(english.statusCode).toBe(400);
    expect(text(english.body)).toContain('contains a control character that is not allowed');
  });

  it('is refused in the kick-off preparation and in a goal title', async () => {
    const pending = await createTandem(t);
    expectRefused(await pending.menteeBrowser.post(`/tandems/${pending.id}/kickoff`, { learn: 'Mehr\0' }));
    const active = await createTandem(t, { status: 'active' });
    expectRefused(
      await active.menteeBrowser.post(`/tandems/${active.id}/ziele`, { ziel_titel: 'Förderantrag\0' }),
    );
  });

  it('is refused in an intake note and in the search of the intake list', async () => {
    const { participation } = await createParticipant(t.db);
    const { client } = await coordinator(t);
    expectRefused(await client.post(`${detailUrl(participation.id)}/notizen`, { notiz: 'Rückruf\0' }));
    expectRefused(await client.get('/koordination/anmeldungen?suche=%00'));
    expectRefused(await client.get('/koordination/anmeldungen?suche=Lena%00Lernwillig'));
    // The same searches without the NUL work.
    expect((await client.get('/koordination/anmeldungen?suche=Lena')).statusCode).toBe(200);
  });

  it('is refused in a multipart field', async () => {
    const client = await loginAs(t, await createUser(t.db, { kind: 'coordinator' }));
    const token = await client.token('/koordination/import');
    const boundary = '----klimatandemnul';
    const part = (name: string, value: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/koordination/import',
      remoteAddress: client.ip,
      headers: {
        cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: `${part('_csrf', token)}${part('programm', 'klima\0schutz')}--${boundary}--\r\n`,
    });
    expectRefused(res);
  });

  it('is looked for in names and values, nested, but not in uploaded file contents', () => {
    expect(containsNul({ a: 'x' })).toBe(false);
    expect(containsNul({ a: ['x', 'y\0'] })).toBe(true);
    expect(containsNul({ 'a\0': 'x' })).toBe(true);
    expect(containsNul({ datei: { name: 'liste.csv', content: Buffer.from([0, 1, 2]) } })).toBe(false);
    expect(containsNul(undefined)).toBe(false);
  });
});
