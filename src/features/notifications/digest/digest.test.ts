import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { linkIn, loginAs, mailsTo } from '../../../../test/helpers/factories.ts';
import { createParticipant } from '../../../../test/helpers/participants.ts';
import { createTandem } from '../../../../test/support/tandems.ts';
import { outboxRows, plantContents, SECRET } from '../../../../test/support/tandems-confidentiality.ts';
import {
  communityPosts,
  communityPreferences,
  communityThreads,
  type MailFrequency,
  notifications,
} from '../../../db/schema/index.ts';
import { deliverMail, smtpTransport } from '../../../mail/outbox.ts';
import { smtpPeer } from '../../../mail/smtp-peer.testing.ts';
import { withMails } from '../../../mail/with-mails.ts';
import { type NotificationEntry, notify } from '../index.ts';
import { DAILY_DIGEST_QUEUE, notificationJobs, WEEKLY_DIGEST_QUEUE } from '../jobs.ts';

const t = useTestApp();
let smtp: Awaited<ReturnType<typeof smtpPeer>>;
beforeAll(async () => {
  smtp = await smtpPeer();
});
afterAll(async () => smtp.close());

/** A person who chose `mail` (no row at all for undefined: the default, weekly). */
async function person(name: string, mail?: MailFrequency) {
  const p = await createParticipant(t.db, { name, status: 'accepted' });
  if (mail) await t.db.insert(communityPreferences).values({ userId: p.user.id, mail });
  return p.user;
}

/** A question of `askerId` with `answers` answers by `answererId`. */
async function questionWithAnswers(askerId: string, answererId: string, title: string, answers = 1) {
  const [thread] = await t.db
    .insert(communityThreads)
    .values({ kind: 'question', title, authorId: askerId })
    .returning();
  const posts = await t.db
    .insert(communityPosts)
    .values(
      Array.from({ length: answers }, (_, i) => ({
        threadId: thread!.id,
        authorId: answererId,
        body: `Antwort ${i}`,
      })),
    )
    .returning();
  return { thread: thread!, posts };
}

const send = (entries: NotificationEntry[]) =>
  withMails(t.app.deps, (tx, mail) => notify(tx, entries, { deps: t.app.deps, mail }));

const job = (queue: string) => notificationJobs(t.app.deps).find((j) => j.queue === queue)!;
const run = (queue: string) => job(queue).handle({}, { retryCount: 0, retryLimit: 0 });

const digests = async (email: string) =>
  (await mailsTo(t.db, email)).filter((m) => m.template.startsWith('notifications.digest'));

describe('digests', () => {
  it('are scheduled every morning at 7 and on Monday mornings at 7 (pg-boss: Europe/Berlin)', () => {
    expect(job(DAILY_DIGEST_QUEUE).cron).toBe('0 7 * * *');
    expect(job(WEEKLY_DIGEST_QUEUE).cron).toBe('0 7 * * 1');
  });

  it('mail each person once, at their run, with every new line; read, mailed, “never” and “at once” left out', async () => {
    const maria = await person('Maria Beispiel');
    const daily = await person('Dora Täglich', 'daily');
    const weekly = await person('Wilma Voreinstellung');
    const weeklySaved = await person('Walter Wöchentlich', 'weekly');
    const never = await person('Nora Nie', 'never');
    const immediate = await person('Sofia Sofort', 'immediate');
    const { thread, posts } = await questionWithAnswers(daily.id, maria.id, 'Hitzeaktionsplan', 3);
    const other = await questionWithAnswers(daily.id, maria.id, 'Förderung Wärmeplanung');
    const about = (postId: string) => ({ threadId: thread.id, postId, actorId: maria.id });
    const ids = await send([
      { userId: daily.id, kind: 'answer', ...about(posts[0]!.id) },
      { userId: daily.id, kind: 'answer', ...about(posts[1]!.id) },
      { userId: daily.id, kind: 'answer', ...about(posts[2]!.id) },
      { userId: daily.id, kind: 'mention', threadId: other.thread.id, actorId: maria.id },
      ...[weekly, weeklySaved, never, immediate].map((u) => ({
        userId: u.id,
        kind: 'followed' as const,
        ...about(posts[0]!.id),
      })),
    ]);
    // Dora read one of hers, and one was mailed already (she had chosen "Sofort" back then).
    await t.db.update(notifications).set({ readAt: t.clock.now() }).where(eq(notifications.id, ids[1]!));
    await t.db.update(notifications).set({ mailedAt: t.clock.now() }).where(eq(notifications.id, ids[2]!));
    expect(await mailsTo(t.db, immediate.email)).toHaveLength(1);

    await run(DAILY_DIGEST_QUEUE);
    const [mail, ...more] = await digests(daily.email);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe('Neues im Austausch: 2 Benachrichtigungen');
    expect(mail!.text).toContain('Guten Tag Dora Täglich,');
    expect(mail!.text).toContain('hier ist Ihre tägliche Zusammenfassung');
    expect(mail!.text).toContain('Maria Beispiel hat auf Ihre Frage „Hitzeaktionsplan“ geantwortet');
    expect(mail!.text).toContain('Maria Beispiel hat Sie in „Förderung Wärmeplanung“ erwähnt');
    expect(mail!.text.match(/hat auf Ihre Frage/g)).toHaveLength(1);
    expect(mail!.text).toContain(`http://localhost:3000/benachrichtigungen/${ids[0]}`);
    expect(mail!.text).toContain(`http://localhost:3000/benachrichtigungen/${ids[3]}`);
    expect(mail!.text).not.toContain(ids[1]!);
    expect(mail!.html).toContain(`href="http://localhost:3000/benachrichtigungen/${ids[0]}"`);
    expect(mail!.text).toContain('Sie erhalten diese Zusammenfassung täglich');
    expect(linkIn(mail!.text, '/benachrichtigungen/abbestellen')).toMatch(
      new RegExp(`^/benachrichtigungen/abbestellen\\?token=${daily.id}\\.austausch\\.`),
    );
    expect(mail!.headers).toEqual({
      'List-Unsubscribe': `<http://localhost:3000${linkIn(mail!.text, '/benachrichtigungen/abbestellen')}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    const rows = await t.db
      .select()
      .from(notifications)
      .where(inArray(notifications.id, [ids[0]!, ids[3]!]));
    for (const row of rows) expect(row.mailedAt).toEqual(t.clock.now());
    // The daily run is not for anyone else.
    for (const u of [weekly, weeklySaved, never, immediate]) expect(await digests(u.email)).toHaveLength(0);

    // A second run at once, or the next morning, sends nothing new.
    await run(DAILY_DIGEST_QUEUE);
    t.clock.advance(24 * 3600_000);
    await run(DAILY_DIGEST_QUEUE);
    expect(await digests(daily.email)).toHaveLength(1);

    await run(WEEKLY_DIGEST_QUEUE);
    for (const u of [weekly, weeklySaved]) {
      const [w, ...again] = await digests(u.email);
      expect(again).toHaveLength(0);
      expect(w!.subject).toBe('Neues im Austausch: 1 Benachrichtigung');
      expect(w!.text).toContain('hier ist Ihre wöchentliche Zusammenfassung');
      expect(w!.text).toContain('Maria Beispiel hat in „Hitzeaktionsplan“ geantwortet, dem Sie folgen');
    }
    for (const u of [never, immediate]) expect(await digests(u.email)).toHaveLength(0);
    expect(await digests(daily.email)).toHaveLength(1);
    await run(WEEKLY_DIGEST_QUEUE);
    expect(await digests(weekly.email)).toHaveLength(1);

    // The line's link is the list's: opening it marks the notification read and leads to the answer.
    const browser = await loginAs(t, daily);
    const opened = await browser.get(linkIn(mail!.text, `/benachrichtigungen/${ids[0]}`));
    expect(opened.headers.location).toBe(`/austausch/fragen/${thread.id}#beitrag-${posts[0]!.id}`);

    // Delivered over SMTP, the digest carries both List-Unsubscribe headers.
    const options = { transport: smtpTransport(smtp.url), from: 'x <x@example.org>', log: {} as never };
    expect(await deliverMail(t.db, mail!.id, options)).toBe('sent');
    const received = smtp.received.find((m) => m.to.includes(daily.email))!;
    const head = received.raw.split('\r\n\r\n')[0]!.replace(/\r\n[ \t]+/g, ' ');
    expect(head).toContain(`List-Unsubscribe: <http://localhost:3000/benachrichtigungen/abbestellen?token=`);
    expect(head).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  });

  it('count what does not fit in 25 lines, and mark all of it mailed', async () => {
    const maria = await person('Maria Beispiel');
    const busy = await person('Berta Beschäftigt', 'daily');
    const { thread, posts } = await questionWithAnswers(busy.id, maria.id, 'Starkregen', 27);
    await send(
      posts.map((p) => ({ userId: busy.id, kind: 'followed' as const, threadId: thread.id, postId: p.id })),
    );
    await run(DAILY_DIGEST_QUEUE);
    const [mail] = await digests(busy.email);
    expect(mail!.subject).toBe('Neues im Austausch: 27 Benachrichtigungen');
    expect(mail!.text.match(/dem Sie folgen/g)).toHaveLength(25);
    expect(mail!.text).toContain('2 weitere Benachrichtigungen finden Sie in Ihrer Liste im Austausch.');
    expect(mail!.text).toContain(
      'Alle Benachrichtigungen ansehen:\nhttp://localhost:3000/benachrichtigungen\n',
    );
    const left = await t.db.select().from(notifications).where(eq(notifications.userId, busy.id));
    expect(left.every((n) => n.mailedAt !== null)).toBe(true);
  });

  it('never carry a tandem’s contents', async () => {
    const pair = await createTandem(t, { status: 'active' });
    await plantContents(t, pair);
    // The tandem's two members in the community: a question of the mentee, answered by the mentor.
    const mentee = pair.mentee.user;
    const mentor = pair.mentor.user;
    const { thread, posts } = await questionWithAnswers(mentee.id, mentor.id, 'Frage aus dem Tandem');
    const about = { threadId: thread.id, postId: posts[0]!.id, actorId: mentor.id };
    await send([{ userId: mentee.id, kind: 'answer', ...about }]);
    await send([{ userId: mentor.id, kind: 'mention', ...about, actorId: mentee.id }]);
    await t.db.insert(communityPreferences).values({ userId: mentor.id, mail: 'daily' });
    await run(WEEKLY_DIGEST_QUEUE);
    await run(DAILY_DIGEST_QUEUE);
    const [mail] = await digests(mentee.email);
    expect(mail!.text).toContain('auf Ihre Frage „Frage aus dem Tandem“ geantwortet');
    expect(await digests(mentor.email)).toHaveLength(1);
    for (const row of await outboxRows(t)) expect(JSON.stringify(row)).not.toContain(SECRET);
  });
});
