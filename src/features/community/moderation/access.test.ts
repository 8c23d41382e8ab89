import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { answerThread, ask, communityPeople } from '../../../../test/support/community.ts';
import { moderationPath, openingOf, reportUrl } from '../../../../test/support/community-moderation.ts';

const t = useTestApp();

type Getter = { get(url: string): Promise<{ statusCode: number; headers: Record<string, unknown> }> };

describe('who may report and moderate', () => {
  it('answers each of the seven kinds of people as the rules say', async () => {
    const p = await communityPeople(t);
    const id = await ask(t, p.mentee.browser, { titel: 'Frage zum Melden und Moderieren', text: 'Text' });
    const answerId = await answerThread(p.mentor.browser, id, 'Eine Antwort zum Melden');
    const opening = (await openingOf(t, id)).id;
    const urls = {
      report: reportUrl(id, answerId),
      queue: '/koordination/moderation',
      hide: moderationPath(answerId, 'ausblenden'),
      edit: moderationPath(opening, 'bearbeiten'),
      move: `/koordination/moderation/fragen/${id}/verschieben`,
    };
    const statuses = async (b: Getter) =>
      Object.fromEntries(
        await Promise.all(Object.entries(urls).map(async ([k, u]) => [k, (await b.get(u)).statusCode])),
      );
    const anonymous = await Promise.all(Object.values(urls).map((url) => t.app.inject({ url })));
    for (const res of anonymous) {
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toContain('/anmelden');
    }
    expect(await statuses(p.registered)).toEqual({
      report: 403,
      queue: 403,
      hide: 403,
      edit: 403,
      move: 403,
    });
    // A participant reports (not their own post), but moderates nothing.
    expect(await statuses(p.mentee.browser)).toEqual({
      report: 200,
      queue: 403,
      hide: 403,
      edit: 403,
      move: 403,
    });
    // The other programme's participant does not read this space: its posts are not found.
    expect(await statuses(p.other.browser)).toEqual({
      report: 404,
      queue: 403,
      hide: 403,
      edit: 403,
      move: 403,
    });
    expect(await statuses(p.coordinator.browser)).toEqual({
      report: 200,
      queue: 200,
      hide: 200,
      edit: 200,
      move: 200,
    });
    // The other programme's coordinator has a queue (their space and the shared one), not this space's posts.
    expect(await statuses(p.otherCoordinator)).toEqual({
      report: 404,
      queue: 200,
      hide: 404,
      edit: 404,
      move: 404,
    });
    expect(await statuses(p.admin)).toEqual({ report: 200, queue: 200, hide: 200, edit: 200, move: 200 });
  });
});
