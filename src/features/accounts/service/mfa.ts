import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import type { Tx } from '../../../db/client.ts';
import { recoveryCodes, users } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { secretBox } from '../../../platform/crypto.ts';
import { verifyPassword } from '../../../platform/passwords.ts';
import { ok, refused } from '../../../platform/result.ts';
import { createSession, deleteAllSessions, deleteSession } from '../../../platform/session.ts';
import { hashToken } from '../../../platform/tokens.ts';
import { accountMails } from '../mails.ts';
import type { User } from '../queries.ts';
import { findUserById } from '../queries.ts';
import { type AccountDeps, link, withMails } from './deps.ts';

const RECOVERY_CODES = 10;

const totpFor = (secretBase32: string, label: string) =>
  new TOTP({
    issuer: 'klimatandem',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });

/** The current TOTP code for a secret (used by the CLI's demo output and by tests). */
export const currentTotp = (secretBase32: string, at: Date) =>
  totpFor(secretBase32, 'x').generate({ timestamp: at.getTime() });

const tryOpen = (box: ReturnType<typeof secretBox>, sealed: string) => {
  try {
    return box.open(sealed);
  } catch {
    return null;
  }
};

/** Starts enrolment: keeps a new secret (encrypted) until the first code confirms it. */
export async function beginEnrolment(deps: AccountDeps, user: User) {
  const box = secretBox(deps.config.sessionSecret);
  let secret: string;
  const pending = user.totpSecret && !user.totpEnabledAt ? tryOpen(box, user.totpSecret) : null;
  if (pending) {
    secret = pending;
  } else {
    secret = new Secret({ size: 20 }).base32;
    await deps.database.db
      .update(users)
      .set({ totpSecret: box.seal(secret) })
      .where(eq(users.id, user.id));
  }
  return { secret, uri: totpFor(secret, user.email).toString() };
}

/** Checks a code, refusing a time step that was already used (no replay within the window). */
async function checkTotp(deps: AccountDeps, tx: Tx, user: User, code: string): Promise<boolean> {
  if (!user.totpSecret || !/^\d{6}$/.test(code)) return false;
  let secret: string;
  try {
    secret = secretBox(deps.config.sessionSecret).open(user.totpSecret);
  } catch {
    // SESSION_SECRET changed since enrolment: the key is unreadable; recovery codes still work.
    return false;
  }
  const now = deps.clock().getTime();
  const delta = totpFor(secret, user.email).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return false;
  const step = Math.floor(now / 30_000) + delta;
  if (user.totpLastStep !== null && step <= user.totpLastStep) return false;
  await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, user.id));
  return true;
}

const newRecoveryCodes = () =>
  Array.from({ length: RECOVERY_CODES }, () => {
    const raw = randomBytes(5).toString('hex');
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });

async function replaceRecoveryCodes(tx: Tx, userId: string) {
  const codes = newRecoveryCodes();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx
    .insert(recoveryCodes)
    .values(codes.map((c) => ({ userId, codeHash: hashToken(c.replace('-', '')) })));
  return codes;
}

/**
 * Confirms enrolment with the first code. A privilege change: all sessions end and a new one starts.
 * Returns the recovery codes (shown once) and the new session, or null for a wrong code.
 */
export async function confirmEnrolment(deps: AccountDeps, userId: string, code: string, ip: string) {
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    const user = await findUserById(tx, userId);
    if (!user || user.totpEnabledAt || !(await checkTotp(deps, tx, user, code))) {
      return refused('wrong-code', { name: 'code', message: 'form.mfaCode.wrong' });
    }
    await tx.update(users).set({ totpEnabledAt: now, updatedAt: now }).where(eq(users.id, userId));
    const codes = await replaceRecoveryCodes(tx, userId);
    await deleteAllSessions(tx, userId);
    const session = await createSession(tx, userId, 'full', now);
    await recordAudit(tx, { kind: 'mfa_enabled', userId, ip, at: now });
    await mail(
      user.email,
      user.locale,
      accountMails.mfaChanged(user.name, true, link(deps, '/passwort-vergessen')),
    );
    return ok({ codes, session });
  });
}

/** The second login step: a TOTP code or an unused recovery code. Rotates the session on success. */
export async function completeMfaLogin(
  deps: AccountDeps,
  pendingSessionId: string,
  userId: string,
  code: string,
  ip: string,
) {
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user?.totpEnabledAt) return refused('wrong-code', { name: 'code', message: 'form.mfaCode.wrong' });
    let passed = await checkTotp(deps, tx, user, code);
    if (!passed && /^[0-9a-f]{10}$/i.test(code)) {
      const [used] = await tx
        .update(recoveryCodes)
        .set({ usedAt: now })
        .where(
          and(
            eq(recoveryCodes.userId, userId),
            eq(recoveryCodes.codeHash, hashToken(code.toLowerCase())),
            isNull(recoveryCodes.usedAt),
          ),
        )
        .returning();
      if (used) {
        passed = true;
        await recordAudit(tx, { kind: 'recovery_code_used', userId, ip, at: now });
      }
    }
    if (!passed) {
      await recordAudit(tx, { kind: 'mfa_failed', userId, ip, at: now });
      return refused('wrong-code', { name: 'code', message: 'form.mfaCode.wrong' });
    }
    await deleteSession(tx, pendingSessionId);
    const session = await createSession(tx, userId, 'full', now);
    await recordAudit(tx, { kind: 'login', userId, ip, details: { mfa: true }, at: now });
    return ok(session);
  });
}

/** New recovery codes replace the old ones; the password confirms it is the owner. */
export async function renewRecoveryCodes(deps: AccountDeps, userId: string, password: string, ip: string) {
  const now = deps.clock();
  const user = await findUserById(deps.database.db, userId);
  if (!user?.totpEnabledAt || !(await verifyPassword(user.passwordHash, password))) {
    return refused('wrong-password', { name: 'currentPassword', message: 'form.password.currentWrong' });
  }
  return deps.database.db.transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, userId);
    await recordAudit(tx, { kind: 'recovery_codes_renewed', userId, ip, at: now });
    return ok(codes);
  });
}

/** Participants may switch 2FA off again; coordinators and admins may not (the route refuses). */
export async function disableMfa(deps: AccountDeps, userId: string, password: string, ip: string) {
  const now = deps.clock();
  const user = await findUserById(deps.database.db, userId);
  if (!user?.totpEnabledAt || !(await verifyPassword(user.passwordHash, password))) {
    return refused('wrong-password', { name: 'disablePassword', message: 'form.password.currentWrong' });
  }
  await withMails(deps, async (tx, mail) => {
    await tx
      .update(users)
      .set({ totpEnabledAt: null, totpSecret: null, totpLastStep: null, updatedAt: now })
      .where(eq(users.id, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await recordAudit(tx, { kind: 'mfa_disabled', userId, ip, at: now });
    await mail(
      user.email,
      user.locale,
      accountMails.mfaChanged(user.name, false, link(deps, '/passwort-vergessen')),
    );
  });
  return ok();
}
