import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import type { TestClient } from '../../../../test/helpers/client.ts';
import { createTandem } from '../../../../test/support/tandems.ts';
import { insertMeeting, planVia } from '../../../../test/support/tandems-meetings.ts';
import { todos } from '../../../db/schema/index.ts';

const t = useTestApp();

/** A POST as a script may send it: the CSRF token in a header, any body. */
async function raw(client: TestClient, url: string, payload: string, contentType: string) {
  const token = await client.token('/tandems');
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie, accept: 'text/html', 'x-csrf-token': token, 'content-type': contentType },
    payload,
  });
}

describe('meeting and to-do routes on malformed input', () => {
  it('answer 404 or 422, never 500', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const client = pair.menteeBrowser;
    const planned = await planVia(client, pair.id);
    const held = await insertMeeting(t, pair.id);
    const [todo] = await t.db
      .insert(todos)
      .values({ tandemId: pair.id, title: 'Lesen', owner: 'both' })
      .returning();
    const base = `/tandems/${pair.id}`;
    const form = 'application/x-www-form-urlencoded';
    const json = 'application/json';
    const posts = [
      `${base}/treffen`,
      `${base}/treffen/${planned}`,
      `${base}/treffen/${planned}/vorbereitung`,
      `${base}/treffen/${held.id}/protokoll`,
      `${base}/kontakte`,
      `${base}/aufgaben`,
      `${base}/aufgaben/${todo!.id}`,
    ];
    const codes: Record<string, number> = {};
    for (const url of posts) {
      const short = url.replace(base, '').replace(/[0-9a-f-]{36}/g, ':id');
      codes[`${short} null`] = (await raw(client, url, 'null', json)).statusCode;
      codes[`${short} objects`] = (
        await raw(
          client,
          url,
          '{"datum":{"a":1},"rueckblick":[1],"aufgabe1_titel":{"x":1},"titel":{},"fragen":[1]}',
          json,
        )
      ).statusCode;
      codes[`${short} arrays`] = (
        await raw(
          client,
          url,
          'datum=a&datum=b&aufgabe1_titel=a&aufgabe1_titel=b&titel=a&titel=b&fragen=a&fragen=b',
          form,
        )
      ).statusCode;
      codes[`${short} huge`] = (
        await raw(
          client,
          url,
          `dauer=${'9'.repeat(400)}&naechste_dauer=${'9'.repeat(400)}&kontakt_dauer=1e9&fragen=${'x'.repeat(6000)}`,
          form,
        )
      ).statusCode;
    }
    // Preparation and record have optional fields only: an empty body is a valid (empty) save.
    const valid = ['/treffen/:id/vorbereitung null', '/treffen/:id/protokoll null'];
    for (const [name, code] of Object.entries(codes)) {
      expect([name, code]).toEqual([name, valid.includes(name) ? 303 : 422]);
    }

    for (const url of [
      `${base}/treffen/nicht-da`,
      `${base}/treffen/00000000-0000-0000-0000-000000000000/protokoll`,
      `${base}/treffen/${planned}x/termin.ics`,
      '/tandems/%20/aufgaben',
    ]) {
      expect([url, (await client.get(url)).statusCode]).toEqual([url, 404]);
    }
    expect((await client.post(`${base}/aufgaben/%27%3B--`, { erledigt: 'ja' })).statusCode).toBe(404);
  });
});
