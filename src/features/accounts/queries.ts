import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { recoveryCodes, users } from '../../db/schema/index.ts';

export const findUserByEmail = async (db: Db | Tx, email: string) =>
  (await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`))[0] ?? null;

export const findUserById = async (db: Db | Tx, id: string) =>
  (await db.select().from(users).where(eq(users.id, id)))[0] ?? null;

export const countUnusedRecoveryCodes = async (db: Db, userId: string) =>
  (
    await db
      .select({ n: sql<number>`count(*)::int` })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
  )[0]?.n ?? 0;

export const adminExists = async (db: Db) =>
  ((await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1)).length ?? 0) > 0;

export type User = typeof users.$inferSelect;
