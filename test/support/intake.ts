import { eq } from 'drizzle-orm';
import { programmeCoordinators, programmes } from '../../src/db/schema/index.ts';
import type { TestApp } from '../helpers/app.ts';
import type { TestClient } from '../helpers/client.ts';
import { createUser, loginAs } from '../helpers/factories.ts';

/**
 * Posts a form with repeated fields (checkbox groups), as a browser does; TestClient.post takes one
 * value per name. Uses the client's cookies and a CSRF token from `tokenFrom`.
 */
export async function postPairs(client: TestClient, url: string, pairs: [string, string][], tokenFrom = '/') {
  const token = await client.token(tokenFrom);
  const body = new URLSearchParams([...pairs, ['_csrf', token]]).toString();
  return client.app.inject({
    method: 'POST',
    url,
    remoteAddress: client.ip,
    headers: {
      cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'text/html',
    },
    payload: body,
  });
}

/** A signed-in coordinator of klimaschutz (and of klimaanpassung too, when asked). */
export async function coordinator(t: TestApp, options: { name?: string; both?: boolean } = {}) {
  const user = await createUser(t.db, { kind: 'coordinator', name: options.name });
  if (options.both) {
    const [p] = await t.db.select().from(programmes).where(eq(programmes.slug, 'klimaanpassung'));
    await t.db.insert(programmeCoordinators).values({ programmeId: p!.id, userId: user.id });
  }
  return { user, client: await loginAs(t, user) };
}

export const detailUrl = (id: string) => `/koordination/anmeldungen/${id}`;
