import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { tandemFeedback } from '../../../db/schema/index.ts';
import type { Side } from '../../../db/schema/tandems.ts';

/** The member's feedback on this tandem (one per side), if given. */
export async function ownFeedback(db: Db, tandemId: string, side: Side) {
  const [row] = await db
    .select({ id: tandemFeedback.id })
    .from(tandemFeedback)
    .where(and(eq(tandemFeedback.tandemId, tandemId), eq(tandemFeedback.side, side)));
  return row ?? null;
}
