import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { tokens } from '../../../db/schema/index.ts';
import { hashToken, randomToken } from '../../../platform/tokens.ts';

type Purpose = (typeof tokens.$inferInsert)['purpose'];

export const HOUR = 60 * 60_000;

/** Issues a single-use token; only its hash is stored. Earlier tokens of the same purpose stop working. */
export async function issueToken(
  tx: Db | Tx,
  input: {
    purpose: Purpose;
    userId: string | null;
    payload?: Record<string, string>;
    ttlMs: number;
    now: Date;
  },
) {
  if (input.userId) {
    await tx
      .update(tokens)
      .set({ usedAt: input.now })
      .where(and(eq(tokens.userId, input.userId), eq(tokens.purpose, input.purpose), isNull(tokens.usedAt)));
  }
  const token = randomToken();
  await tx.insert(tokens).values({
    purpose: input.purpose,
    tokenHash: hashToken(token),
    userId: input.userId,
    payload: input.payload ?? null,
    expiresAt: new Date(input.now.getTime() + input.ttlMs),
    createdAt: input.now,
  });
  return token;
}

/** A token of this purpose that is neither used nor expired. */
const usable = (purpose: Purpose, token: string, now: Date) =>
  and(
    eq(tokens.tokenHash, hashToken(token)),
    eq(tokens.purpose, purpose),
    isNull(tokens.usedAt),
    gt(tokens.expiresAt, now),
  );

/** Uses a token up in one statement: a second use, or two at once, finds nothing. */
export async function consumeToken(tx: Db | Tx, purpose: Purpose, token: string, now: Date) {
  const [row] = await tx
    .update(tokens)
    .set({ usedAt: now })
    .where(usable(purpose, token, now))
    .returning();
  return row ?? null;
}

/** Looks a token up without using it (to decide which form to show). */
export async function peekToken(db: Db, purpose: Purpose, token: string, now: Date) {
  const [row] = await db
    .select()
    .from(tokens)
    .where(usable(purpose, token, now));
  return row ?? null;
}
