import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import type { TestClient } from '../../../test/helpers/client.ts';
import { createUser } from '../../../test/helpers/factories.ts';
import {
  browserFor,
  createTandem,
  outsiders,
  refusalFor,
  strangerAnswer,
} from '../../../test/support/tandems.ts';
import { outboxRows, plantContents, SECRET } from '../../../test/support/tandems-confidentiality.ts';

/*
 * The rule that shapes the workspace: what a tandem writes is readable by its two members only.
 * Every contents route is found from the app's registered routes, so a new one is covered without
 * being listed here; an unknown route parameter fails the test until it is given an id below.
 */

const t = useTestApp({ logStream: { write: (line) => log.push(line) } });
const log: string[] = [];
let pair: Awaited<ReturnType<typeof createTandem>>;
let ids: Record<string, string>;
let others: Awaited<ReturnType<typeof outsiders>>;
let anonymous: TestClient;

beforeAll(async () => {
  pair = await createTandem(t, { status: 'active' });
  ids = { id: pair.id, ...(await plantContents(t, pair)) };
  others = await outsiders(t);
  anonymous = await browserFor(t, await createUser(t.db));
  anonymous.cookies.clear();
});

const contentsRoutes = () =>
  t.app.registeredRoutes.filter((r) => r.url.startsWith('/tandems/:id')).map((r) => ({ ...r }));

function urlOf(pattern: string) {
  // Goals and milestones share the parameter name :stepId.
  const named = pattern
    .replace('ziele/:stepId', 'ziele/:goalId')
    .replace('meilensteine/:stepId', 'meilensteine/:milestoneId')
    // Only a planned meeting is cancelled (the question answers 409 for a held one).
    .replace('treffen/:meetingId/absage', 'treffen/:plannedMeetingId/absage');
  return named.replace(/:(\w+)/g, (_, name: string) => {
    const value = ids[name];
    if (!value) throw new Error(`no test id for route parameter :${name} in ${pattern}`);
    return value;
  });
}

describe('a tandem’s contents', () => {
  it('covers the workspace’s routes', () => {
    expect(contentsRoutes().length).toBeGreaterThan(15);
  });

  it('are shown to both members on every contents page', async () => {
    for (const route of contentsRoutes().filter((r) => r.method === 'GET')) {
      for (const member of [pair.menteeBrowser, pair.mentorBrowser]) {
        const res = await member.get(urlOf(route.url));
        expect([route.url, res.statusCode]).toEqual([route.url, 200]);
      }
    }
  });

  it('answer 404 to a coordinator, an admin, another participant and the login to an anonymous visitor, reading or writing', async () => {
    const strangers = { ...others, anonymous };
    for (const route of contentsRoutes()) {
      const url = urlOf(route.url);
      for (const [who, browser] of Object.entries(strangers)) {
        const res =
          route.method === 'GET'
            ? await browser.get(url)
            : await browser.post(url, { titel: 'x', grund: 'x' }, { tokenFrom: '/konto' });
        expect([route.method, route.url, who, strangerAnswer(res)]).toEqual([
          route.method,
          route.url,
          who,
          refusalFor(who),
        ]);
        expect(res.body).not.toContain(SECRET);
      }
    }
  });

  it('never appear on the coordinators’ pages, in search, in mails or in the log', async () => {
    const coordinatorPages = t.app.registeredRoutes.filter(
      (r) => r.method === 'GET' && r.url.startsWith('/koordination/') && !r.url.includes(':'),
    );
    expect(coordinatorPages.length).toBeGreaterThan(5);
    for (const route of coordinatorPages) {
      const res = await others.coordinator.get(route.url);
      expect(res.body, route.url).not.toContain(SECRET);
    }
    const search = await others.coordinator.get(`/koordination/anmeldungen?suche=${SECRET}`);
    expect(search.statusCode).toBe(200);
    // The search echoes its term; it finds nobody by a tandem's contents.
    expect(search.body).not.toMatch(/href="\/koordination\/anmeldungen\/[0-9a-f-]{36}"/);
    for (const mail of await outboxRows(t)) expect(JSON.stringify(mail)).not.toContain(SECRET);
    expect(log.join('\n')).not.toContain(SECRET);
  });
});
