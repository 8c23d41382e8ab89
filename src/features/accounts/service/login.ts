import { eq } from 'drizzle-orm';
import { programmeCoordinators, users } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { verifyPassword } from '../../../platform/passwords.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import { createSession, deleteAllSessions, deleteSession } from '../../../platform/session.ts';
import { findUserByEmail } from '../queries.ts';
import type { AccountDeps } from './deps.ts';

/**
 * The new session: `mfa` when the second step is still to come (a session of that stage only),
 * `mustEnrolMfa` for coordinators and admins without a second factor. Refused for a wrong address
 * or password alike, and for an address not yet confirmed.
 */
export type LoginResult = Result<
  { session: { token: string; id: string; expiresAt: Date }; mfa: boolean; mustEnrolMfa: boolean },
  'invalid' | 'unverified'
>;

/**
 * Checks email and password. Unknown address and wrong password take the same time and give the same
 * answer. A new session token is issued on every login (no fixation).
 */
export async function attemptLogin(
  deps: AccountDeps,
  input: { email: string; password: string; ip: string; previousSessionId?: string },
): Promise<LoginResult> {
  const db = deps.database.db;
  const now = deps.clock();
  const user = await findUserByEmail(db, input.email);
  const valid = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !valid) {
    await recordAudit(db, {
      kind: 'login_failed',
      userId: user?.id ?? null,
      ip: input.ip,
      details: { email: input.email },
      at: now,
    });
    return refused('invalid');
  }
  if (!user.emailVerifiedAt) return refused('unverified');
  return db.transaction(async (tx): Promise<LoginResult> => {
    if (input.previousSessionId) await deleteSession(tx, input.previousSessionId);
    if (user.totpEnabledAt) {
      return ok({ session: await createSession(tx, user.id, 'mfa', now), mfa: true, mustEnrolMfa: false });
    }
    const session = await createSession(tx, user.id, 'full', now);
    await recordAudit(tx, { kind: 'login', userId: user.id, ip: input.ip, at: now });
    const coordinates = await tx
      .select({ id: programmeCoordinators.programmeId })
      .from(programmeCoordinators)
      .where(eq(programmeCoordinators.userId, user.id))
      .limit(1);
    // Coordinators and admins enrol the second factor before anything else.
    return ok({ session, mfa: false, mustEnrolMfa: user.role === 'admin' || coordinates.length > 0 });
  });
}

export async function logout(deps: AccountDeps, sessionId: string, userId: string, ip: string) {
  const now = deps.clock();
  await deps.database.db.transaction(async (tx) => {
    await deleteSession(tx, sessionId);
    await recordAudit(tx, { kind: 'logout', userId, ip, at: now });
  });
}

export async function logoutEverywhere(deps: AccountDeps, userId: string, ip: string) {
  const now = deps.clock();
  await deps.database.db.transaction(async (tx) => {
    await deleteAllSessions(tx, userId);
    await recordAudit(tx, { kind: 'logout_everywhere', userId, ip, at: now });
  });
}

export async function setPreferredLocale(deps: AccountDeps, userId: string, locale: 'de' | 'en') {
  await deps.database.db.update(users).set({ locale }).where(eq(users.id, userId));
}
