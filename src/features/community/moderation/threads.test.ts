import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { answerThread, ask, communityPeople } from '../../../../test/support/community.ts';
import { auditOf, notificationsOf } from '../../../../test/support/community-moderation.ts';
import { communityThreads, communityThreadTopics } from '../../../db/schema/index.ts';

const t = useTestApp();

const lockPath = (id: string) => `/koordination/moderation/fragen/${id}/sperren`;
const movePath = (id: string) => `/koordination/moderation/fragen/${id}/verschieben`;

describe('closing a thread', () => {
  it('refuses answers and comments with a German message, keeps what was typed, and opens again', async () => {
    const p = await communityPeople(t);
    const id = await ask(t, p.mentee.browser, { titel: 'Bald geschlossene Frage', text: 'Text' });
    const answerId = await answerThread(p.mentor.browser, id, 'Eine Antwort davor');
    expect((await p.mentee.browser.post(lockPath(id), { sperren: 'ja' })).statusCode).toBe(403);
    expect((await p.otherCoordinator.post(lockPath(id), { sperren: 'ja' })).statusCode).toBe(404);
    const locked = await p.coordinator.browser.post(lockPath(id), { sperren: 'ja' });
    expect(locked.statusCode).toBe(303);

    const page = (await p.mentor.browser.get(`/austausch/fragen/${id}`)).body;
    expect(text(page)).toContain('Diese Frage ist geschlossen.');
    expect(text(page)).toContain('Gesperrt');
    expect(page).not.toContain(`action="/austausch/fragen/${id}/antworten"`);
    const refused = await p.mentor.browser.post(`/austausch/fragen/${id}/antworten`, {
      text: 'Meine späte Antwort',
    });
    expect(refused.statusCode).toBe(409);
    expect(text(refused.body)).toContain(
      'Dieser Beitrag ist gesperrt: Es kann nicht mehr geantwortet werden.',
    );
    expect(refused.body).toContain('Meine späte Antwort');
    const comment = await p.mentee.browser.post(`/austausch/fragen/${id}/kommentare`, {
      antwort: answerId,
      text: 'Ein später Kommentar',
    });
    expect(comment.statusCode).toBe(409);

    expect(text((await p.mentee.browser.get('/benachrichtigungen')).body)).toContain(
      'Die Moderation hat „Bald geschlossene Frage“ geschlossen',
    );
    expect((await auditOf(t, 'community_thread_locked')).length).toBeGreaterThan(0);

    const moderator = (await p.coordinator.browser.get(`/austausch/fragen/${id}`)).body;
    expect(text(moderator)).toContain('Frage wieder öffnen');
    expect((await p.coordinator.browser.post(lockPath(id), { sperren: 'nein' })).statusCode).toBe(303);
    expect(
      (await p.mentor.browser.post(`/austausch/fragen/${id}/antworten`, { text: 'Jetzt geht es' }))
        .statusCode,
    ).toBe(303);
    expect((await notificationsOf(t, p.mentee.user.id)).map((n) => n.kind)).toContain('moderation_unlocked');
  });
});

describe('moving a thread', () => {
  it('moves into another space the moderator moderates; topics of another programme are dropped', async () => {
    const p = await communityPeople(t);
    const topic = p.topics[0]!;
    const id = await ask(t, p.mentee.browser, {
      titel: 'Frage über Bäume im Quartier',
      text: 'Welche Baumarten vertragen Hitze?',
      themen: [topic.id],
    });
    const form = await p.coordinator.browser.get(movePath(id));
    expect(form.statusCode).toBe(200);
    expect(text(form.body)).toContain('Programmübergreifend');
    expect(text(form.body)).not.toContain('Klimaanpassungsmanager*innen');
    expect((await p.otherCoordinator.get(movePath(id))).statusCode).toBe(404);
    const foreign = await p.coordinator.browser.post(movePath(id), { bereich: 'klimaanpassung' });
    expect(foreign.statusCode).toBe(422);
    expect(text(foreign.body)).toContain('Bitte wählen Sie einen der Bereiche aus der Liste.');

    expect(
      (await p.coordinator.browser.post(movePath(id), { bereich: 'programmuebergreifend' })).statusCode,
    ).toBe(303);
    const [shared] = await t.db.select().from(communityThreads).where(eq(communityThreads.id, id));
    expect(shared!.programmeId).toBeNull();
    expect((await p.other.browser.get(`/austausch/fragen/${id}`)).statusCode).toBe(200);
    expect(text((await p.other.browser.get('/austausch/suche?q=Baumarten')).body)).toContain(
      'Frage über Bäume im Quartier',
    );
    expect(
      await t.db.select().from(communityThreadTopics).where(eq(communityThreadTopics.threadId, id)),
    ).toHaveLength(1);

    // An admin moves it on into the other programme: its Klimaschutz topic goes, Klimaschutz people lose it.
    expect((await p.admin.post(movePath(id), { bereich: 'klimaanpassung' })).statusCode).toBe(303);
    expect(
      await t.db.select().from(communityThreadTopics).where(eq(communityThreadTopics.threadId, id)),
    ).toHaveLength(0);
    expect((await p.mentor.browser.get(`/austausch/fragen/${id}`)).statusCode).toBe(404);
    expect(text((await p.mentor.browser.get('/austausch/suche?q=Baumarten')).body)).toContain(
      'Keine Treffer',
    );
    expect(text((await p.other.browser.get('/austausch/suche?q=Baumarten')).body)).toContain(
      'Frage über Bäume im Quartier',
    );
    expect((await notificationsOf(t, p.mentee.user.id)).map((n) => n.kind)).toContain('moderation_moved');
    const [audit] = await auditOf(t, 'community_thread_moved');
    expect(audit!.details).toMatchObject({ threadId: id, to: null });
  });
});
