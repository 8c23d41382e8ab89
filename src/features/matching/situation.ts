import { and, eq, ne } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { matchProposals, tandems } from '../../db/schema/index.ts';

/**
 * Why an accepted mentee may be outside the matching pool: a proposal waiting for answers, or an
 * open tandem. 'free' means neither (the pool may still leave them out, e.g. after a finished tandem).
 */
export type MenteeSituation = 'free' | 'proposal' | 'tandem';

export async function menteeSituation(db: Db | Tx, participationId: string): Promise<MenteeSituation> {
  const [proposal] = await db
    .select({ id: matchProposals.id })
    .from(matchProposals)
    .where(
      and(eq(matchProposals.menteeParticipationId, participationId), eq(matchProposals.status, 'pending')),
    )
    .limit(1);
  if (proposal) return 'proposal';
  const [tandem] = await db
    .select({ id: tandems.id })
    .from(tandems)
    .where(and(eq(tandems.menteeParticipationId, participationId), ne(tandems.status, 'ended')))
    .limit(1);
  return tandem ? 'tandem' : 'free';
}
