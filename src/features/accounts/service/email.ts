import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { verifyPassword } from '../../../platform/passwords.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import { accountMails } from '../mails.ts';
import { findUserByEmail, findUserById } from '../queries.ts';
import { type AccountDeps, link, withMails } from './deps.ts';
import { queueAccountMail } from './mail-requests.ts';
import { consumeToken, HOUR, issueToken } from './tokens.ts';

/**
 * Asks the new address to confirm the change. After the password check the request is only queued,
 * the same whether or not the new address belongs to someone: the answer and its timing tell nothing
 * (the job does `sendEmailChangeLink`).
 */
export async function requestEmailChange(
  deps: AccountDeps,
  input: { userId: string; email: string; currentPassword: string; ip: string },
): Promise<Result<undefined, 'wrong-password'>> {
  const user = await findUserById(deps.database.db, input.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return refused('wrong-password', { name: 'emailCurrentPassword', message: 'form.password.currentWrong' });
  }
  await queueAccountMail(deps, { kind: 'email_change', userId: user.id, email: input.email, ip: input.ip });
  return ok();
}

/** The job: a confirmation link to the new address, unless it already belongs to someone. */
export async function sendEmailChangeLink(
  deps: AccountDeps,
  input: { userId: string; email: string; ip: string },
) {
  const now = deps.clock();
  await withMails(deps, async (tx, mail) => {
    const user = await findUserById(tx, input.userId);
    if (!user || (await findUserByEmail(tx, input.email))) return;
    const token = await issueToken(tx, {
      purpose: 'change_email',
      userId: user.id,
      payload: { email: input.email },
      ttlMs: 24 * HOUR,
      now,
    });
    await mail(
      input.email,
      user.locale,
      accountMails.confirmNewEmail(user.name, link(deps, `/konto/email/bestaetigen?token=${token}`)),
    );
    await recordAudit(tx, { kind: 'email_change_requested', userId: user.id, ip: input.ip, at: now });
  });
}

export async function confirmEmailChange(
  deps: AccountDeps,
  token: string,
  ip: string,
): Promise<Result<undefined, 'invalid-token'>> {
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    const row = await consumeToken(tx, 'change_email', token, now);
    const newEmail = row?.payload?.email;
    if (!row?.userId || !newEmail) return refused('invalid-token');
    const user = await findUserById(tx, row.userId);
    if (!user || (await findUserByEmail(tx, newEmail))) return refused('invalid-token');
    await tx
      .update(users)
      .set({ email: newEmail, emailVerifiedAt: now, updatedAt: now })
      .where(eq(users.id, user.id));
    await recordAudit(tx, {
      kind: 'email_changed',
      userId: user.id,
      ip,
      details: { from: user.email, to: newEmail },
      at: now,
    });
    await mail(
      user.email,
      user.locale,
      accountMails.emailChanged(user.name, newEmail, link(deps, '/passwort-vergessen')),
    );
    return ok();
  });
}
