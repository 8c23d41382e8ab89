import { asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { programmeCoordinators, programmes, users } from '../../db/schema/index.ts';

/** What an admin sees of an account: who, which role, whether a second factor is set up. Never secrets. */
export interface AccountSummary {
  id: string;
  name: string;
  email: string;
  role: 'participant' | 'admin';
  mfaEnabledAt: Date | null;
}

const summary = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  mfaEnabledAt: users.totpEnabledAt,
};

/** `%` and `_` typed by the admin are searched for as such. */
const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Accounts whose name or e-mail address contains the term (ignoring case), at most 50. */
export async function searchAccounts(db: Db, term: string): Promise<AccountSummary[]> {
  const pattern = likePattern(term);
  return db
    .select(summary)
    .from(users)
    .where(or(ilike(users.name, pattern), ilike(users.email, pattern)))
    .orderBy(asc(users.name), asc(users.email))
    .limit(50);
}

/** One account with the programmes it coordinates; null for an unknown or malformed id. */
export async function accountForAdmin(db: Db, id: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  const [account] = await db.select(summary).from(users).where(eq(users.id, id));
  if (!account) return null;
  const coordinates = await db
    .select({ name: programmes.name })
    .from(programmeCoordinators)
    .innerJoin(programmes, eq(programmes.id, programmeCoordinators.programmeId))
    .where(eq(programmeCoordinators.userId, id))
    .orderBy(sql`${programmes.name}`);
  return { ...account, coordinates: coordinates.map((c) => c.name) };
}
export type AccountForAdmin = NonNullable<Awaited<ReturnType<typeof accountForAdmin>>>;
