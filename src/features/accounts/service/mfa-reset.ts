import { eq } from 'drizzle-orm';
import { recoveryCodes, users } from '../../../db/schema/index.ts';
import type { MailContent } from '../../../mail/render.tsx';
import { recordAudit } from '../../../platform/audit.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import { deleteAllSessions } from '../../../platform/session.ts';
import { type AccountDeps, link, withMails } from './deps.ts';

/** The mail to the person: what happened, what to do next, and what to do if they did not ask for it. */
const mfaResetMail = (name: string, loginUrl: string, resetUrl: string): MailContent => ({
  template: 'accounts.mfa-reset-by-admin',
  subject: 'mail.mfaReset.subject',
  paragraphs: ['mail.mfaReset.body', 'mail.mfaReset.next'],
  action: { label: 'mail.mfaReset.action', url: loginUrl },
  after: ['mail.mfaReset.notYou'],
  vars: { name, resetUrl },
});

/** Refused for one's own account, an unknown one, or one without a second factor. */
export type MfaResetOutcome = Result<undefined, 'not-found' | 'self' | 'none'>;

/**
 * An admin removes a person's second factor, e.g. after a lost phone: the TOTP key and the recovery
 * codes go, every session of the person ends (whoever holds the old phone is signed out), the reset is
 * audited with the admin as actor, and the person is mailed. At their next login coordinators and admins
 * must enrol again before anything else; participants may. Admins reset their own factor in their
 * account settings, not here ('self').
 */
export async function resetMfaByAdmin(
  deps: AccountDeps,
  input: { userId: string; adminId: string; ip: string },
): Promise<MfaResetOutcome> {
  if (input.userId === input.adminId) return refused('self');
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    // The row lock makes two admins' clicks one reset (one audit entry, one mail).
    const [user] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
    if (!user) return refused('not-found');
    if (!user.totpEnabledAt) return refused('none');
    await tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: now })
      .where(eq(users.id, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await deleteAllSessions(tx, user.id);
    await recordAudit(tx, {
      kind: 'mfa_reset_by_admin',
      userId: user.id,
      actorId: input.adminId,
      ip: input.ip,
      at: now,
    });
    await mail(
      user.email,
      user.locale,
      mfaResetMail(user.name, link(deps, '/anmelden'), link(deps, '/passwort-vergessen')),
    );
    return ok();
  });
}
