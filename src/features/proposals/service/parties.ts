import { eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { participations, programmes, users } from '../../../db/schema/index.ts';
import type { Locale } from '../../../i18n/index.ts';
import { link, type ServiceDeps } from '../../../mail/with-mails.ts';
import { proposalPath } from '../paths.ts';

/** Whom a proposal mail goes to: one participation's person. */
export interface Person {
  participationId: string;
  userId: string;
  name: string;
  email: string;
  locale: Locale;
}

export async function personsOf(db: Db | Tx, participationIds: string[]): Promise<Map<string, Person>> {
  if (participationIds.length === 0) return new Map();
  const rows = await db
    .select({
      participationId: participations.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
    })
    .from(participations)
    .innerJoin(users, eq(users.id, participations.userId))
    .where(inArray(participations.id, [...new Set(participationIds)]));
  return new Map(rows.map((r) => [r.participationId, r]));
}

export async function programmesOf(db: Db | Tx, ids: string[]) {
  if (ids.length === 0) return new Map<string, typeof programmes.$inferSelect>();
  const rows = await db
    .select()
    .from(programmes)
    .where(inArray(programmes.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

export const proposalUrl = (deps: ServiceDeps, id: string) => link(deps, proposalPath(id));
