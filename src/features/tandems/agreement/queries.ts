import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { agreementVersions, kickoffPreparations, users } from '../../../db/schema/index.ts';
import type { Side } from '../../../db/schema/tandems.ts';

export type AgreementVersion = typeof agreementVersions.$inferSelect;
export type Preparation = typeof kickoffPreparations.$inferSelect;

/** Both sides' kick-off preparations (the caller shows the partner's only once shared). */
export async function preparationsOf(db: Db, tandemId: string): Promise<Partial<Record<Side, Preparation>>> {
  const rows = await db.select().from(kickoffPreparations).where(eq(kickoffPreparations.tandemId, tandemId));
  return Object.fromEntries(rows.map((r) => [r.side, r]));
}

/** Every version, newest first, with the author's name. */
export async function versionsOf(db: Db | Tx, tandemId: string) {
  return db
    .select({ version: agreementVersions, authorName: users.name })
    .from(agreementVersions)
    .leftJoin(users, eq(users.id, agreementVersions.authorId))
    .where(eq(agreementVersions.tandemId, tandemId))
    .orderBy(desc(agreementVersions.version));
}

export type VersionRow = Awaited<ReturnType<typeof versionsOf>>[number];

export const isConfirmed = (v: AgreementVersion) =>
  v.menteeConfirmedAt !== null && v.mentorConfirmedAt !== null;

/** The agreement in force (the newest version both confirmed) and a newer proposed change, if any. */
export function standing(rows: VersionRow[]) {
  const newest = rows[0]?.version ?? null;
  const inForce = rows.find((r) => isConfirmed(r.version))?.version ?? null;
  const pending = newest && !isConfirmed(newest) ? newest : null;
  return { newest, inForce, pending };
}

/** The newest version number (0 when none). */
export async function newestVersion(tx: Db | Tx, tandemId: string): Promise<number> {
  const [row] = await tx
    .select({ version: agreementVersions.version })
    .from(agreementVersions)
    .where(eq(agreementVersions.tandemId, tandemId))
    .orderBy(desc(agreementVersions.version))
    .limit(1);
  return row?.version ?? 0;
}
