import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { TestClient, text } from '../../../../test/helpers/client.ts';
import { linkIn, loginAs, mailsTo } from '../../../../test/helpers/factories.ts';
import { createParticipant } from '../../../../test/helpers/participants.ts';
import {
  communityPosts,
  communityPreferences,
  communityThreads,
  type MailFrequency,
} from '../../../db/schema/index.ts';
import { withMails } from '../../../mail/with-mails.ts';
import { notify } from '../index.ts';
import { unsubscribeToken } from './token.ts';

const t = useTestApp();
const SECRET = 'test-secret-test-secret-test-secret-1234';

async function person(mail: MailFrequency = 'immediate') {
  const p = await createParticipant(t.db, { status: 'accepted' });
  await t.db.insert(communityPreferences).values({ userId: p.user.id, mail });
  return p.user;
}

const mailOf = async (userId: string) => {
  const [row] = await t.db
    .select({ mail: communityPreferences.mail })
    .from(communityPreferences)
    .where(eq(communityPreferences.userId, userId));
  return row?.mail;
};

/** An answer to a question of `userId`, notified: for "Sofort" a mail at once; answers its link. */
async function answered(userId: string) {
  const other = await createParticipant(t.db, { status: 'accepted' });
  const [thread] = await t.db
    .insert(communityThreads)
    .values({ kind: 'question', title: 'Hitzeschutz in Kitas', authorId: userId })
    .returning();
  const [post] = await t.db
    .insert(communityPosts)
    .values({ threadId: thread!.id, authorId: other.user.id, body: 'Eine Antwort' })
    .returning();
  await withMails(t.app.deps, (tx, mail) =>
    notify(tx, [{ userId, kind: 'answer', threadId: thread!.id, postId: post!.id, actorId: other.user.id }], {
      deps: t.app.deps,
      mail,
    }),
  );
}

/** A mail client's one-click POST (RFC 8058): no cookie, no CSRF token. */
const oneClick = (url: string, multipart = false) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: {
      'content-type': multipart
        ? 'multipart/form-data; boundary=----grenze'
        : 'application/x-www-form-urlencoded',
    },
    payload: multipart
      ? '------grenze\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n------grenze--\r\n'
      : 'List-Unsubscribe=One-Click',
  });

describe('unsubscribing by the link in a mail', () => {
  it('is in every mail at once, opens a page that changes nothing, and its button stops the mails', async () => {
    const user = await person('immediate');
    await answered(user.id);
    const [mail] = await mailsTo(t.db, user.email);
    expect(mail!.template).toBe('notifications.immediate');
    expect(mail!.text).toContain('Keine E-Mails mehr aus dem Austausch erhalten:');
    const link = linkIn(mail!.text, '/benachrichtigungen/abbestellen');
    expect(mail!.headers).toEqual({
      'List-Unsubscribe': `<http://localhost:3000${link}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });

    // No login: a visitor's browser, as a mail scanner would open it too.
    const browser = new TestClient(t.app);
    const page = await browser.get(link);
    expect(page.statusCode).toBe(200);
    expect(text(page.body)).toContain('E-Mails aus dem Austausch abbestellen');
    expect(page.body).toContain(`action="${link.replace('&', '&amp;')}"`);
    expect(text(page.body)).toContain('Keine E-Mails mehr senden');
    expect(await mailOf(user.id)).toBe('immediate');

    const done = await browser.post(link, {}, { tokenFrom: link });
    expect(done.statusCode).toBe(200);
    expect(text(done.body)).toContain(
      'Sie erhalten keine E-Mails mehr aus dem Austausch. Sie können das jederzeit unter „Konto“ → „Benachrichtigungen“ wieder ändern.',
    );
    expect(done.body).toContain('href="/konto/benachrichtigungen"');
    expect(await mailOf(user.id)).toBe('never');

    // No more mails; the list still has it.
    await answered(user.id);
    expect(await mailsTo(t.db, user.email)).toHaveLength(1);
    const signedIn = await loginAs(t, user);
    expect(text((await signedIn.get('/benachrichtigungen')).body)).toContain(
      '2 ungelesene Benachrichtigungen',
    );
    expect((await signedIn.get('/konto/benachrichtigungen')).body).toMatch(/value="nie"[^>]*checked/);
  });

  it('takes a mail client’s one-click POST without session or CSRF token, urlencoded or multipart', async () => {
    for (const multipart of [false, true]) {
      const user = await person('weekly');
      const link = `/benachrichtigungen/abbestellen?token=${unsubscribeToken(SECRET, user.id, 'austausch')}`;
      const res = await oneClick(link, multipart);
      expect(res.statusCode).toBe(200);
      expect(text(res.body)).toContain('Sie erhalten keine E-Mails mehr aus dem Austausch.');
      expect(await mailOf(user.id)).toBe('never');
      // Again: still done, nothing breaks.
      expect((await oneClick(link, multipart)).statusCode).toBe(200);
    }
    // Someone who never saved a choice (weekly by default) gets a row saying "never".
    const fresh = await createParticipant(t.db, { status: 'accepted' });
    const token = unsubscribeToken(SECRET, fresh.user.id, 'austausch');
    expect((await oneClick(`/benachrichtigungen/abbestellen?token=${token}`)).statusCode).toBe(200);
    expect(await mailOf(fresh.user.id)).toBe('never');
    // Every other form still needs its CSRF token.
    const signedIn = await loginAs(t, fresh.user);
    const refused = await signedIn.post(
      '/konto/benachrichtigungen',
      { haeufigkeit: 'sofort' },
      { csrf: false },
    );
    expect(refused.statusCode).toBe(403);
    expect(await mailOf(fresh.user.id)).toBe('never');
  });

  it('refuses a tampered, cut, foreign or missing token with a German page, and changes nothing', async () => {
    const user = await person('daily');
    const other = await person('daily');
    const token = unsubscribeToken(SECRET, user.id, 'austausch');
    const mac = token.split('.')[2]!;
    const flipped = `${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`;
    const bad = [
      `${user.id}.austausch.${flipped}`,
      token.slice(0, -5),
      `${other.id}.austausch.${mac}`,
      `${user.id}.alles.${mac}`,
      unsubscribeToken('another-secret-another-secret-12345678', user.id, 'austausch'),
      'kein-token',
      `${token}.mehr`,
      '',
    ];
    for (const value of bad) {
      const url = `/benachrichtigungen/abbestellen?token=${encodeURIComponent(value)}`;
      const page = await t.app.inject({ url });
      expect(page.statusCode).toBe(400);
      expect(text(page.body)).toContain('Dieser Link funktioniert nicht');
      expect(text(page.body)).toContain('Der Link zum Abbestellen ist unvollständig oder wurde verändert.');
      expect(page.body).not.toContain('Keine E-Mails mehr senden');
      const posted = await oneClick(url);
      expect(posted.statusCode).toBe(400);
      expect(text(posted.body)).toContain('Dieser Link funktioniert nicht');
    }
    for (const url of [
      '/benachrichtigungen/abbestellen',
      '/benachrichtigungen/abbestellen?token=a&token=b',
    ]) {
      expect((await t.app.inject({ url })).statusCode).toBe(400);
      expect((await oneClick(url)).statusCode).toBe(400);
    }
    // A genuine link of an account that is gone.
    const gone = unsubscribeToken(SECRET, '00000000-0000-4000-8000-000000000000', 'austausch');
    const posted = await oneClick(`/benachrichtigungen/abbestellen?token=${gone}`);
    expect(posted.statusCode).toBe(400);
    expect(text(posted.body)).toContain('Dieser Link funktioniert nicht');
    expect(await mailOf(user.id)).toBe('daily');
    expect(await mailOf(other.id)).toBe('daily');
  });
});
