import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { type TestClient, text } from '../../../test/helpers/client.ts';
import { browserFor, proposedPair } from '../../../test/support/proposals.ts';

const t = useTestApp();

/** A POST the way a script (or htmx) may send it: the CSRF token in a header, any body. */
async function raw(client: TestClient, url: string, payload?: string, contentType?: string) {
  const token = await client.token('/vorschlaege');
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie,
      accept: 'text/html',
      'x-csrf-token': token,
      ...(contentType ? { 'content-type': contentType } : {}),
    },
    ...(payload === undefined ? {} : { payload }),
  });
}

describe('proposal routes on malformed input', () => {
  it('answer 404 or 422, never 500', async () => {
    const { mentee, id } = await proposedPair(t);
    const client = await browserFor(t, mentee.user);
    const form = 'application/x-www-form-urlencoded';
    const codes: Record<string, number> = {};
    const probe = async (name: string, p: Promise<{ statusCode: number }>) => {
      codes[name] = (await p).statusCode;
    };
    await probe('detail bad id', client.get('/vorschlaege/nope'));
    await probe('detail nil uuid', client.get('/vorschlaege/00000000-0000-0000-0000-000000000000'));
    await probe('accept bad id', client.post('/vorschlaege/nope/annehmen'));
    await probe('decline bad id', client.post('/vorschlaege/%20/ablehnen', { grund: 'x' }));
    await probe('decline no body', raw(client, `/vorschlaege/${id}/ablehnen`));
    await probe('decline json null', raw(client, `/vorschlaege/${id}/ablehnen`, 'null', 'application/json'));
    await probe(
      'decline json obj',
      raw(client, `/vorschlaege/${id}/ablehnen`, '{"grund":{"a":1}}', 'application/json'),
    );
    await probe('decline arrays', raw(client, `/vorschlaege/${id}/ablehnen`, 'grund=a&grund=b', form));
    await probe('decline blank', client.post(`/vorschlaege/${id}/ablehnen`, { grund: '   ' }));
    await probe('decline long', client.post(`/vorschlaege/${id}/ablehnen`, { grund: 'x'.repeat(20_000) }));
    expect(codes).toEqual({
      'detail bad id': 404,
      'detail nil uuid': 404,
      'accept bad id': 404,
      'decline bad id': 404,
      'decline no body': 422,
      'decline json null': 422,
      'decline json obj': 422,
      'decline arrays': 422,
      'decline blank': 422,
      'decline long': 422,
    });
    const long = await client.post(`/vorschlaege/${id}/ablehnen`, { grund: 'x'.repeat(20_000) });
    expect(text(long.body)).toContain('Die Begründung darf höchstens 2.000 Zeichen lang sein.');
  });
});
