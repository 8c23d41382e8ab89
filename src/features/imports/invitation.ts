import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { profiles, users } from '../../db/schema/index.ts';
import type { ServiceDeps } from '../../mail/with-mails.ts';
import { privacyVersion } from '../../participations/consent.ts';
import { recordAudit } from '../../platform/audit.ts';
import { hashPassword } from '../../platform/passwords.ts';
import { ok, type Result, refused } from '../../platform/result.ts';
import { consumeToken, newPassword, peekToken } from '../accounts/index.ts';

export const invitationForm = z.object({
  token: z.string().min(10).max(200),
  password: newPassword,
  consent: z.literal('ja', { error: 'imports.invite.error.consent' }),
});

/** Whom an invitation link is for, or null when it is unknown, used or expired. */
export async function findInvitation(deps: ServiceDeps, token: string) {
  const db = deps.database.db;
  const row = await peekToken(db, 'invite', token, deps.clock());
  if (!row?.userId) return null;
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, row.userId));
  return user ?? null;
}

/**
 * Accepts an invitation (single use): sets the password, records the consent to the privacy notice on
 * the profile, and counts the address as verified (following the link proves the mailbox). Refused
 * for a link that is unknown, used or expired.
 */
export async function acceptInvitation(
  deps: ServiceDeps,
  input: { token: string; password: string; ip: string },
): Promise<Result<undefined, 'invalid-link'>> {
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const token = await consumeToken(tx, 'invite', input.token, now);
    if (!token?.userId) return refused('invalid-link');
    await tx
      .update(users)
      .set({
        passwordHash,
        updatedAt: now,
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()}::timestamptz)`,
      })
      .where(eq(users.id, token.userId));
    await tx
      .update(profiles)
      .set({ consentVersion: await privacyVersion(tx), consentAt: now, updatedAt: now })
      .where(eq(profiles.userId, token.userId));
    await recordAudit(tx, { kind: 'invitation_accepted', userId: token.userId, ip: input.ip, at: now });
    return ok();
  });
}
