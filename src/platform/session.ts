import { and, eq, gt, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, Tx } from '../db/client.ts';
import { programmeCoordinators, sessions, users } from '../db/schema/index.ts';
import { type Actor, anonymous } from '../policy/index.ts';
import { hashToken, randomToken } from './tokens.ts';

export const SESSION_IDLE_MS = 60 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/** Between password and one-time code. */
export const SESSION_MFA_MS = 10 * 60_000;
/** last_seen_at is written at most this often, so reads do not all become writes. */
const TOUCH_EVERY_MS = 60_000;

export type SessionUser = typeof users.$inferSelect;

export interface LoadedSession {
  id: string;
  stage: 'mfa' | 'full';
  user: SessionUser;
  actor: Actor;
}

export async function loadSession(db: Db, token: string, now: Date): Promise<LoadedSession | null> {
  const rows = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  const idleLimit = row.session.stage === 'mfa' ? SESSION_MFA_MS : SESSION_IDLE_MS;
  if (now.getTime() - row.session.lastSeenAt.getTime() > idleLimit) {
    await db.delete(sessions).where(eq(sessions.id, row.session.id));
    return null;
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.session.id));
  }
  if (row.session.stage === 'mfa') {
    return {
      id: row.session.id,
      stage: 'mfa',
      user: row.user,
      actor: { kind: 'anonymous', pendingMfaUserId: row.user.id },
    };
  }
  const programmeIds = (
    await db
      .select({ id: programmeCoordinators.programmeId })
      .from(programmeCoordinators)
      .where(eq(programmeCoordinators.userId, row.user.id))
  ).map((r) => r.id);
  const kind = row.user.role === 'admin' ? 'admin' : programmeIds.length > 0 ? 'coordinator' : 'participant';
  return {
    id: row.session.id,
    stage: 'full',
    user: row.user,
    actor: { kind, userId: row.user.id, programmeIds, mfaEnrolled: row.user.totpEnabledAt !== null },
  };
}

/** Creates a session with a fresh token; the caller sets the cookie. Old tokens never survive a login. */
export async function createSession(tx: Db | Tx, userId: string, stage: 'mfa' | 'full', now: Date) {
  const token = randomToken();
  const lifetime = stage === 'mfa' ? SESSION_MFA_MS : SESSION_ABSOLUTE_MS;
  const [row] = await tx
    .insert(sessions)
    .values({
      tokenHash: hashToken(token),
      userId,
      stage,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + lifetime),
    })
    .returning({ id: sessions.id, expiresAt: sessions.expiresAt });
  return { token, id: row!.id, expiresAt: row!.expiresAt };
}

export const deleteSession = (tx: Db | Tx, id: string) => tx.delete(sessions).where(eq(sessions.id, id));

export const deleteAllSessions = (tx: Db | Tx, userId: string) =>
  tx.delete(sessions).where(eq(sessions.userId, userId));

export const deleteOtherSessions = (tx: Db | Tx, userId: string, keepId: string) =>
  tx.delete(sessions).where(and(eq(sessions.userId, userId), sql`${sessions.id} <> ${keepId}`));

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date) {
  const { cookieName, secure } = reply.server.sessionCookie;
  reply.setCookie(cookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  const { cookieName, secure } = reply.server.sessionCookie;
  reply.clearCookie(cookieName, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

export function sessionToken(request: FastifyRequest): string | undefined {
  return request.cookies[request.server.sessionCookie.cookieName];
}

export { anonymous };
