import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { programmes, topics } from '../../src/db/schema/index.ts';
import type { TestApp } from '../helpers/app.ts';
import type { TestClient } from '../helpers/client.ts';
import { PASSWORD } from '../helpers/factories.ts';

/** Posts a step of the form like a browser, with repeated fields for ticked checkboxes. */
export async function step(
  t: TestApp,
  client: TestClient,
  name: string,
  fields: Record<string, string | string[]>,
) {
  const token = await client.token(`/registrierung/${name}`);
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  body.append('_csrf', token);
  const res = await t.app.inject({
    method: 'POST',
    url: `/registrierung/${name}`,
    remoteAddress: client.ip,
    headers: {
      cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: body.toString(),
  });
  for (const c of res.cookies as { name: string; value: string }[]) client.cookies.set(c.name, c.value);
  return res;
}

/** A newcomer's whole registration through the form, in klimaschutz, submitted. */
export async function registerThroughForm(
  t: TestApp,
  client: TestClient,
  input: { name: string; email: string; role: 'mentee' | 'mentor' | 'beides' },
) {
  const [p] = await t.db.select().from(programmes).where(eq(programmes.slug, 'klimaschutz'));
  const topicIds = (await t.db.select().from(topics).where(eq(topics.programmeId, p!.id))).map((x) => x.id);
  const go = async (name: string, fields: Record<string, string | string[]>) =>
    expect((await step(t, client, name, { ...fields, aktion: 'weiter' })).statusCode).toBe(303);
  await go('programm', { programme: 'klimaschutz', role: input.role });
  await go('kontakt', { name: input.name, email: input.email, phone: '0511 123-45' });
  await go('organisation', {
    organisationName: 'Stadt Zweirollen',
    organisationType: 'stadt',
    bundesland: 'NI',
    sizeClass: '20000_50000',
    position: 'Klimaschutzmanagerin',
    inRoleSince: '2020',
    funding: 'Anschlussvorhaben',
  });
  await go('themen', {
    topicsNeeded: topicIds.slice(0, 2),
    topicsOffered: [topicIds[5]!],
    goals: 'Ein Klimaschutzkonzept fortschreiben',
    capacity: '2',
  });
  await go('zusammenarbeit', { formats: ['online'], frequency: 'monatlich', languages: ['de'] });
  await go('abschluss', { consent: 'ja', password: PASSWORD });
}
