import { eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.ts';
import { registrationDrafts } from '../../db/schema/index.ts';
import { hashToken, randomToken } from '../../platform/tokens.ts';
import type { DraftData } from './schema.ts';

const COOKIE = 'kt_registrierung';
const DRAFT_DAYS = 14;

export interface Draft {
  id: string;
  data: DraftData;
  submittedAt: Date | null;
}

/** The registration in progress of this browser, kept server-side; the cookie holds only a random token. */
export async function loadDraft(db: Db, req: FastifyRequest): Promise<Draft | null> {
  const raw = req.cookies[COOKIE];
  const token = raw ? req.unsignCookie(raw) : null;
  if (!token?.valid || !token.value) return null;
  const [row] = await db
    .select()
    .from(registrationDrafts)
    .where(eq(registrationDrafts.tokenHash, hashToken(token.value)));
  return row ? { id: row.id, data: row.data as DraftData, submittedAt: row.submittedAt } : null;
}

export async function startDraft(db: Db, reply: FastifyReply, data: DraftData, now: Date): Promise<Draft> {
  const token = randomToken();
  const [row] = await db
    .insert(registrationDrafts)
    .values({ tokenHash: hashToken(token), data, updatedAt: now })
    .returning();
  reply.setCookie(COOKIE, token, {
    path: '/registrierung',
    httpOnly: true,
    sameSite: 'lax',
    secure: reply.server.sessionCookie.secure,
    signed: true,
    maxAge: DRAFT_DAYS * 24 * 3600,
  });
  return { id: row!.id, data, submittedAt: null };
}

export async function saveDraft(db: Db, draft: Draft, data: DraftData, now: Date) {
  await db
    .update(registrationDrafts)
    .set({ data, updatedAt: now })
    .where(eq(registrationDrafts.id, draft.id));
  draft.data = data;
}

export function forgetDraft(reply: FastifyReply) {
  reply.clearCookie(COOKIE, { path: '/registrierung' });
}
