import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { answerThread, ask, communityPeople, setApproval } from '../../../../test/support/community.ts';
import {
  moderationPath,
  notificationsOf,
  openingOf,
  postState,
} from '../../../../test/support/community-moderation.ts';
import { communityThreads, programmes } from '../../../db/schema/index.ts';

const t = useTestApp();

const QUEUE = '/koordination/moderation';
const kinds = async (userId: string) => (await notificationsOf(t, userId)).map((n) => n.kind);
const threadState = async (id: string) =>
  (await t.db.select().from(communityThreads).where(eq(communityThreads.id, id)))[0]!.state;

describe('the first two posts of a new account', () => {
  it('wait for approval: the author sees them waiting, others not, nobody is told until a moderator approves; the third goes straight through', async () => {
    const p = await communityPeople(t, { approval: true });
    const topic = p.topics[2]!; // offered by the mentor
    const id = await ask(t, p.mentee.browser, {
      titel: 'Erste Frage einer neuen Teilnehmerin',
      text: 'Wie finde ich Fördermittel für Wärmepumpen?',
      themen: [topic.id],
    });
    expect(await threadState(id)).toBe('pending');
    const own = text((await p.mentee.browser.get(`/austausch/fragen/${id}`)).body);
    expect(own).toContain('Wartet auf Freigabe');
    expect(own).toContain('Ihr Beitrag wartet auf Freigabe durch die Moderation.');
    expect(own).toContain('Ihr Beitrag ist gespeichert und wartet auf Freigabe durch die Moderation.');
    expect((await p.mentor.browser.get(`/austausch/fragen/${id}`)).statusCode).toBe(404);
    expect(text((await p.mentor.browser.get('/austausch/bereiche/klimaschutz')).body)).not.toContain(
      'Erste Frage einer neuen Teilnehmerin',
    );
    expect(text((await p.mentor.browser.get('/austausch/suche?q=W%C3%A4rmepumpen')).body)).toContain(
      'Keine Treffer',
    );
    expect(await kinds(p.mentor.user.id)).not.toContain('expert_question');

    const queue = (await p.coordinator.browser.get(QUEUE)).body;
    expect(text(queue)).toContain('Wie finde ich Fördermittel für Wärmepumpen?');
    const opening = await openingOf(t, id);
    expect(queue).toContain(`action="${moderationPath(opening.id, 'freigeben')}"`);
    const approved = await p.coordinator.browser.post(moderationPath(opening.id, 'freigeben'), {
      von: 'warteschlange',
    });
    expect(approved.statusCode).toBe(303);
    expect(approved.headers.location).toBe(QUEUE);
    expect(await threadState(id)).toBe('visible');
    expect((await p.mentor.browser.get(`/austausch/fragen/${id}`)).statusCode).toBe(200);
    expect(text((await p.mentor.browser.get('/austausch/suche?q=W%C3%A4rmepumpen')).body)).toContain(
      'Erste Frage einer neuen Teilnehmerin',
    );
    expect(await kinds(p.mentor.user.id)).toContain('expert_question');
    expect(text((await p.mentee.browser.get('/benachrichtigungen')).body)).toContain(
      'Ihr Beitrag in „Erste Frage einer neuen Teilnehmerin“ ist freigegeben',
    );

    // The second post: an answer to a coordinator's question (coordinators are never held).
    const asked = await ask(t, p.coordinator.browser, { titel: 'Frage der Koordination', text: 'Wer mag?' });
    expect(await threadState(asked)).toBe('visible');
    const second = await answerThread(p.mentee.browser, asked, 'Meine zweite Antwort');
    expect(await postState(t, second)).toBe('pending');
    expect(text((await p.mentor.browser.get(`/austausch/fragen/${asked}`)).body)).not.toContain(
      'Meine zweite Antwort',
    );
    expect(await kinds(p.coordinator.user.id)).not.toContain('answer');
    const moderator = (await p.coordinator.browser.get(`/austausch/fragen/${asked}`)).body;
    expect(text(moderator)).toContain('Wartet auf Freigabe');
    expect((await p.coordinator.browser.post(moderationPath(second, 'freigeben'))).statusCode).toBe(303);
    expect(text((await p.mentor.browser.get(`/austausch/fragen/${asked}`)).body)).toContain(
      'Meine zweite Antwort',
    );
    expect(await kinds(p.coordinator.user.id)).toContain('answer');

    // Two approved: the third goes straight through.
    const third = await answerThread(p.mentee.browser, id, 'Meine dritte, sofort sichtbar');
    expect(await postState(t, third)).toBe('visible');
    // Approving twice is not possible: the post no longer waits.
    expect((await p.coordinator.browser.post(moderationPath(second, 'freigeben'))).statusCode).toBe(404);
  });

  it('rejects with a reason told to the author; in the shared space any accepted programme with the setting holds', async () => {
    const p = await communityPeople(t);
    await t.db
      .update(programmes)
      .set({ communityApproval: true })
      .where(eq(programmes.slug, 'klimaanpassung'));
    const held = await ask(
      t,
      p.other.browser,
      { titel: 'Übergreifende Frage aus der Anpassung', text: 'Bitte um Hinweise' },
      'programmuebergreifend',
    );
    expect(await threadState(held)).toBe('pending');
    // The mentor's programme has the setting off: not held, also in the shared space.
    const free = await ask(
      t,
      p.mentor.browser,
      { titel: 'Übergreifende Frage aus dem Klimaschutz', text: 'Text' },
      'programmuebergreifend',
    );
    expect(await threadState(free)).toBe('visible');

    const opening = await openingOf(t, held);
    const form = await p.coordinator.browser.get(moderationPath(opening.id, 'ablehnen'));
    expect(text(form.body)).toContain('Beitrag nicht freigeben');
    const missing = await p.coordinator.browser.post(moderationPath(opening.id, 'ablehnen'), {});
    expect(missing.statusCode).toBe(422);
    expect(text(missing.body)).toContain('Bitte begründen Sie Ihre Entscheidung.');
    expect(
      (
        await p.coordinator.browser.post(moderationPath(opening.id, 'ablehnen'), {
          notiz: 'Bitte stellen Sie die Frage im Bereich Ihres Programms.',
        })
      ).statusCode,
    ).toBe(303);
    expect(await threadState(held)).toBe('hidden');
    expect((await p.other.browser.get(`/austausch/fragen/${held}`)).statusCode).toBe(404);
    expect(text((await p.other.browser.get('/benachrichtigungen')).body)).toContain(
      'Ihr Beitrag in „Übergreifende Frage aus der Anpassung“ wurde nicht freigegeben. Begründung: Bitte stellen Sie die Frage im Bereich Ihres Programms.',
    );
  });

  it('holds nothing when the programme’s setting is off, and never holds coordinators or admins', async () => {
    const p = await communityPeople(t, { approval: true });
    const byCoordinator = await ask(t, p.coordinator.browser, {
      titel: 'Von der Koordination',
      text: 'Text',
    });
    expect(await threadState(byCoordinator)).toBe('visible');
    const byAdmin = await ask(t, p.admin, { titel: 'Von der Verwaltung', text: 'Text' });
    expect(await threadState(byAdmin)).toBe('visible');
    await setApproval(t, false);
    const byMentor = await answerThread(p.mentor.browser, byCoordinator, 'Sofort sichtbar');
    expect(await postState(t, byMentor)).toBe('visible');
  });
});
