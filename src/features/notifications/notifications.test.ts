import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { text } from '../../../test/helpers/client.ts';
import { linkIn, loginAs, mailsTo } from '../../../test/helpers/factories.ts';
import { createParticipant } from '../../../test/helpers/participants.ts';
import {
  communityPosts,
  communityPreferences,
  communityThreads,
  notifications,
} from '../../db/schema/index.ts';
import { withMails } from '../../mail/with-mails.ts';
import { type NotificationEntry, notify } from './index.ts';

const t = useTestApp();

const person = (name?: string, role: 'mentee' | 'mentor' = 'mentee') =>
  createParticipant(t.db, { name, role, status: 'accepted' });

/** A question of `askerId` and an answer to it by `answererId`. */
async function questionWithAnswer(askerId: string, answererId: string, title = 'Hitzeaktionsplan') {
  const [thread] = await t.db
    .insert(communityThreads)
    .values({ kind: 'question', title, authorId: askerId })
    .returning();
  const [answer] = await t.db
    .insert(communityPosts)
    .values({ threadId: thread!.id, authorId: answererId, body: 'Wir haben gute Erfahrungen gemacht.' })
    .returning();
  return { thread: thread!, answer: answer! };
}

const send = (entries: NotificationEntry[]) =>
  withMails(t.app.deps, (tx, mail) => notify(tx, entries, { deps: t.app.deps, mail }));

describe('notifications', () => {
  it('lists an answer in a sentence, counts it in the header, and opening it marks it read and leads to the answer', async () => {
    const asker = await person();
    const maria = await person('Maria Beispiel');
    const { thread, answer } = await questionWithAnswer(asker.user.id, maria.user.id);
    const about = { threadId: thread.id, postId: answer.id, actorId: maria.user.id };
    const written = await send([
      { userId: asker.user.id, kind: 'answer', ...about },
      // The same again, and the actor about their own answer: nothing more.
      { userId: asker.user.id, kind: 'answer', ...about },
      { userId: maria.user.id, kind: 'followed', ...about },
    ]);
    expect(written).toHaveLength(1);
    // A second call about the same answer writes nothing either.
    expect(await send([{ userId: asker.user.id, kind: 'answer', ...about }])).toEqual([]);

    const browser = await loginAs(t, asker.user);
    const list = await browser.get('/benachrichtigungen');
    expect(list.statusCode).toBe(200);
    const page = text(list.body);
    expect(page).toContain('Maria Beispiel hat auf Ihre Frage „Hitzeaktionsplan“ geantwortet');
    expect(page).toContain('Ungelesen');
    expect(page).toContain('1 ungelesene Benachrichtigung');
    expect(list.body).toContain(`href="/benachrichtigungen/${written[0]}"`);
    expect(page).toContain('Benachrichtigungen 1 1 ungelesen');
    expect(text((await browser.get('/konto')).body)).toContain('1 ungelesen');

    const opened = await browser.get(`/benachrichtigungen/${written[0]}`);
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe(`/austausch/fragen/${thread.id}#beitrag-${answer.id}`);
    const after = text((await browser.get('/benachrichtigungen')).body);
    expect(after).toContain('Maria Beispiel hat auf Ihre Frage „Hitzeaktionsplan“ geantwortet');
    expect(after).not.toContain('Ungelesen');
    expect(after).not.toContain('ungelesen');
    expect(after).not.toContain('Alle als gelesen markieren');
    // Weekly summaries are the default: nothing was mailed at once.
    expect(await mailsTo(t.db, asker.user.email)).toHaveLength(0);
  });

  it('answers 404 for another person’s, an unknown and a malformed notification, and leaves it unread', async () => {
    const asker = await person();
    const other = await person();
    const { thread, answer } = await questionWithAnswer(asker.user.id, other.user.id);
    const [id] = await send([
      {
        userId: asker.user.id,
        kind: 'answer',
        threadId: thread.id,
        postId: answer.id,
        actorId: other.user.id,
      },
    ]);
    const browser = await loginAs(t, other.user);
    expect((await browser.get(`/benachrichtigungen/${id}`)).statusCode).toBe(404);
    expect((await browser.get('/benachrichtigungen/00000000-0000-0000-0000-000000000000')).statusCode).toBe(
      404,
    );
    expect((await browser.get('/benachrichtigungen/kein-uuid')).statusCode).toBe(404);
    const [row] = await t.db.select().from(notifications).where(eq(notifications.id, id!));
    expect(row!.readAt).toBeNull();
    expect(text((await browser.get('/benachrichtigungen')).body)).toContain(
      'Sie haben noch keine Benachrichtigungen.',
    );
  });

  it('marks all read, says so, and pages through more than 25', async () => {
    const asker = await person();
    const maria = await person('Maria Beispiel');
    const { thread } = await questionWithAnswer(asker.user.id, maria.user.id, 'Förderung Wärmeplanung');
    const entries: NotificationEntry[] = [];
    for (let i = 0; i < 26; i++) {
      const [post] = await t.db
        .insert(communityPosts)
        .values({ threadId: thread.id, authorId: maria.user.id, body: `Antwort ${i}` })
        .returning();
      entries.push({
        userId: asker.user.id,
        kind: 'followed',
        threadId: thread.id,
        postId: post!.id,
        actorId: maria.user.id,
      });
    }
    await send(entries.slice(0, 1));
    t.clock.advance(60_000);
    await send(entries.slice(1));

    const browser = await loginAs(t, asker.user);
    const first = await browser.get('/benachrichtigungen');
    expect(text(first.body)).toContain('26 ungelesene Benachrichtigungen');
    expect(text(first.body)).toContain('Seite 1 von 2');
    expect(
      first.body.match(/Maria Beispiel hat in „Förderung Wärmeplanung“ geantwortet, dem Sie folgen/g),
    ).toHaveLength(25);
    expect(first.body).toContain('href="/benachrichtigungen?seite=2"');
    const second = await browser.get('/benachrichtigungen?seite=2');
    expect(text(second.body)).toContain('Seite 2 von 2');
    expect(second.body.match(/dem Sie folgen/g)).toHaveLength(1);
    // The oldest is on the last page.
    const oldest = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.postId, entries[0]!.postId!));
    expect(second.body).toContain(`/benachrichtigungen/${oldest[0]!.id}`);

    const marked = await browser.post(
      '/benachrichtigungen/gelesen',
      {},
      { tokenFrom: '/benachrichtigungen' },
    );
    expect(marked.statusCode).toBe(303);
    expect(marked.headers.location).toBe('/benachrichtigungen');
    const after = text((await browser.get('/benachrichtigungen')).body);
    expect(after).toContain('Alle Benachrichtigungen sind als gelesen markiert.');
    expect(after).not.toContain('Ungelesen');
    expect(after).not.toContain('ungelesen');
  });

  it('saves the settings, shows them again, and mails those who chose “Sofort” at once', async () => {
    const mentor = await person('Jonas Mentor', 'mentor');
    const asker = await person('Anna Fragende');
    const browser = await loginAs(t, mentor.user);
    expect(text((await browser.get('/konto')).body)).toContain(
      'Wie oft wir Ihnen über Neues im Austausch schreiben, stellen Sie hier ein.',
    );
    const form = await browser.get('/konto/benachrichtigungen');
    expect(form.statusCode).toBe(200);
    const shown = text(form.body);
    for (const label of [
      'Sofort',
      'Täglich als Zusammenfassung',
      'Wöchentlich als Zusammenfassung (empfohlen)',
      'Nie',
      'Fragen zu meinen Themen',
      'Höchstens eine pro Woche',
    ])
      expect(shown).toContain(label);
    expect(form.body).toMatch(/value="woechentlich"[^>]*checked/);

    const saved = await browser.post(
      '/konto/benachrichtigungen',
      { haeufigkeit: 'sofort', fragen: 'woechentlich' },
      { tokenFrom: '/konto/benachrichtigungen' },
    );
    expect(saved.statusCode).toBe(303);
    const again = await browser.get('/konto/benachrichtigungen');
    expect(text(again.body)).toContain('Ihre Einstellungen zu Benachrichtigungen sind gespeichert.');
    expect(again.body).toMatch(/name="haeufigkeit" value="sofort"[^>]*checked/);
    expect(again.body).toMatch(/name="fragen" value="woechentlich"[^>]*checked/);
    const [row] = await t.db
      .select()
      .from(communityPreferences)
      .where(eq(communityPreferences.userId, mentor.user.id));
    expect(row).toMatchObject({ mail: 'immediate', expertQuestions: 'weekly' });

    const { thread } = await questionWithAnswer(asker.user.id, asker.user.id, 'Klimaanpassung im Bestand');
    const [id] = await send([
      { userId: mentor.user.id, kind: 'expert_question', threadId: thread.id, actorId: asker.user.id },
    ]);
    const [mail] = await mailsTo(t.db, mentor.user.email);
    expect(mail!.subject).toBe('Eine Frage zu Ihren Themen: „Klimaanpassung im Bestand“');
    expect(mail!.text).toContain('eine neue Frage zu einem der Themen, die Sie als Mentor*in anbieten');
    expect(mail!.text).not.toContain('Anna Fragende');
    expect(linkIn(mail!.text, '/benachrichtigungen/')).toBe(`/benachrichtigungen/${id}`);
    const [written] = await t.db.select().from(notifications).where(eq(notifications.id, id!));
    expect(written!.mailedAt).not.toBeNull();
    const opened = await browser.get(`/benachrichtigungen/${id}`);
    expect(opened.headers.location).toBe(`/austausch/fragen/${thread.id}`);
  });

  it('answers a bad choice with 422 and a German message, and asks only mentors about their topics', async () => {
    const mentee = await person();
    const browser = await loginAs(t, mentee.user);
    const form = text((await browser.get('/konto/benachrichtigungen')).body);
    expect(form).not.toContain('Fragen zu meinen Themen');
    const bad = await browser.post(
      '/konto/benachrichtigungen',
      { haeufigkeit: 'stuendlich' },
      { tokenFrom: '/konto/benachrichtigungen' },
    );
    expect(bad.statusCode).toBe(422);
    expect(text(bad.body)).toContain('Bitte wählen Sie, wie oft Sie E-Mails erhalten möchten.');
    expect(bad.body).toContain('href="#feld-haeufigkeit"');
    expect(
      await t.db.select().from(communityPreferences).where(eq(communityPreferences.userId, mentee.user.id)),
    ).toHaveLength(0);

    const mentor = await person(undefined, 'mentor');
    const mentorBrowser = await loginAs(t, mentor.user);
    const missing = await mentorBrowser.post(
      '/konto/benachrichtigungen',
      { haeufigkeit: 'nie' },
      { tokenFrom: '/konto/benachrichtigungen' },
    );
    expect(missing.statusCode).toBe(422);
    expect(text(missing.body)).toContain('Bitte wählen Sie, ob Sie Fragen zu Ihren Themen erhalten möchten.');
    expect(missing.body).toMatch(/value="nie"[^>]*checked/);
  });
});
