import { eq, inArray } from 'drizzle-orm';
import { programmesByIds } from '../../../access/index.ts';
import type { Db, Tx } from '../../../db/client.ts';
import { participations, users } from '../../../db/schema/index.ts';
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

/** The programmes of some proposals, by id (a proposal's mails name it and reply to its contact). */
export const programmesOf = async (db: Db | Tx, ids: string[]) =>
  new Map((await programmesByIds(db, [...new Set(ids)])).map((p) => [p.id, p]));

export const proposalUrl = (deps: ServiceDeps, id: string) => link(deps, proposalPath(id));
