import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { users } from '../../../db/schema/index.ts';
import type { Locale } from '../../../i18n/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { hashPassword } from '../../../platform/passwords.ts';
import { accountMails } from '../mails.ts';
import { findUserByEmail } from '../queries.ts';
import { type AccountDeps, link, withMails } from './deps.ts';
import { queueAccountMail } from './mail-requests.ts';
import { consumeToken, HOUR, issueToken } from './tokens.ts';

/**
 * Creates an account and sends the verification link. For an address that already has an account,
 * the owner gets a notice instead; the person signing up sees the same answer either way.
 */
export async function signUp(
  deps: AccountDeps,
  input: { name: string; email: string; password: string; locale: Locale; ip: string },
) {
  // Hashing in both branches keeps the answer time the same for known and unknown addresses.
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock();
  await withMails(deps, async (tx, mail) => {
    const [created] = await tx
      .insert(users)
      .values({
        name: input.name,
        email: input.email,
        passwordHash,
        locale: input.locale,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!created) {
      const existing = await findUserByEmail(tx, input.email);
      if (existing) {
        await mail(
          existing.email,
          existing.locale,
          accountMails.signupExisting(
            existing.name,
            link(deps, '/anmelden'),
            link(deps, '/passwort-vergessen'),
          ),
        );
      }
      return;
    }
    const token = await issueToken(tx, {
      purpose: 'verify_email',
      userId: created.id,
      ttlMs: 24 * HOUR,
      now,
    });
    await mail(
      created.email,
      created.locale,
      accountMails.verifyEmail(created.name, link(deps, `/konto/bestaetigen?token=${token}`)),
    );
    await recordAudit(tx, { kind: 'signup', userId: created.id, ip: input.ip, at: now });
  });
}

export async function verifyEmail(deps: AccountDeps, token: string, ip: string): Promise<boolean> {
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const row = await consumeToken(tx, 'verify_email', token, now);
    if (!row?.userId) return false;
    await tx.update(users).set({ emailVerifiedAt: now, updatedAt: now }).where(eq(users.id, row.userId));
    await recordAudit(tx, { kind: 'email_verified', userId: row.userId, ip, at: now });
    return true;
  });
}

/** Asks for a new verification link: only queues the request, the same for every address. */
export async function resendVerification(deps: AccountDeps, email: string) {
  await queueAccountMail(deps, { kind: 'resend_verification', email });
}

/** The job: a new verification link to an unverified account; nothing for any other address. */
export async function sendVerificationAgain(deps: AccountDeps, email: string) {
  const now = deps.clock();
  await withMails(deps, async (tx, mail) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(and(eq(users.email, email), isNull(users.emailVerifiedAt)));
    if (!user) return;
    const token = await issueToken(tx, { purpose: 'verify_email', userId: user.id, ttlMs: 24 * HOUR, now });
    await mail(
      user.email,
      user.locale,
      accountMails.verifyEmail(user.name, link(deps, `/konto/bestaetigen?token=${token}`)),
    );
  });
}

/** A verification link's token for an account created elsewhere (e.g. by the registration form). */
export const issueVerificationToken = (tx: Tx, userId: string, now: Date) =>
  issueToken(tx, { purpose: 'verify_email', userId, ttlMs: 24 * HOUR, now });
