import { eq, sql } from 'drizzle-orm';
import { users } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { hashPassword, verifyPassword } from '../../../platform/passwords.ts';
import { ok, refused } from '../../../platform/result.ts';
import { createSession, deleteAllSessions } from '../../../platform/session.ts';
import { accountMails } from '../mails.ts';
import { findUserByEmail, findUserById } from '../queries.ts';
import { type AccountDeps, link, withMails } from './deps.ts';
import { queueAccountMail } from './mail-requests.ts';
import { consumeToken, HOUR, issueToken } from './tokens.ts';

/**
 * Asks for a reset link: only queues the request, the same for every address, so that neither the
 * answer nor its timing tells whether the address has an account (the job does `sendResetLink`).
 */
export async function requestPasswordReset(deps: AccountDeps, email: string, ip: string) {
  await queueAccountMail(deps, { kind: 'password_reset', email, ip });
}

/** The job: a reset link (valid one hour) to a known address; nothing for any other. */
export async function sendResetLink(deps: AccountDeps, email: string, ip: string) {
  const now = deps.clock();
  await withMails(deps, async (tx, mail) => {
    const user = await findUserByEmail(tx, email);
    if (!user) return;
    const token = await issueToken(tx, { purpose: 'reset_password', userId: user.id, ttlMs: HOUR, now });
    await mail(
      user.email,
      user.locale,
      accountMails.resetPassword(user.name, link(deps, `/passwort-vergessen/neu?token=${token}`)),
    );
    await recordAudit(tx, { kind: 'password_reset_requested', userId: user.id, ip, at: now });
  });
}

/**
 * Sets a new password with a reset token (single use). All sessions end; the owner is told by mail.
 * Following the link proves the mailbox, so an unverified address counts as verified afterwards.
 */
export async function resetPassword(deps: AccountDeps, token: string, password: string, ip: string) {
  const passwordHash = await hashPassword(password);
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    const row = await consumeToken(tx, 'reset_password', token, now);
    if (!row?.userId) return refused('invalid-token');
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        updatedAt: now,
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()}::timestamptz)`,
      })
      .where(eq(users.id, row.userId))
      .returning();
    if (!user) return refused('invalid-token');
    await deleteAllSessions(tx, user.id);
    await recordAudit(tx, { kind: 'password_reset', userId: user.id, ip, at: now });
    await mail(
      user.email,
      user.locale,
      accountMails.passwordResetDone(user.name, link(deps, '/passwort-vergessen')),
    );
    return ok();
  });
}

/** Changes the password; other sessions end and this one gets a new token. */
export async function changePassword(
  deps: AccountDeps,
  input: { userId: string; currentPassword: string; password: string; ip: string },
) {
  const user = await findUserById(deps.database.db, input.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return refused('wrong-password', { name: 'currentPassword', message: 'form.password.currentWrong' });
  }
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, user.id));
    await deleteAllSessions(tx, user.id);
    const session = await createSession(tx, user.id, 'full', now);
    await recordAudit(tx, { kind: 'password_changed', userId: user.id, ip: input.ip, at: now });
    await mail(
      user.email,
      user.locale,
      accountMails.passwordChanged(user.name, link(deps, '/passwort-vergessen')),
    );
    return ok(session);
  });
}
