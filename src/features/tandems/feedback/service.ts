import type { MemberTandem } from '../../../access/index.ts';
import { tandemFeedback } from '../../../db/schema/index.ts';
import type { ServiceDeps } from '../../../mail/with-mails.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';

/** One feedback per member, after the end. Refused when this member has answered already. */
export async function giveFeedback(
  deps: ServiceDeps,
  tandem: MemberTandem,
  answers: Omit<
    typeof tandemFeedback.$inferInsert,
    'tandemId' | 'programmeId' | 'userId' | 'side' | 'commentShared'
  >,
): Promise<Result<undefined, 'given'>> {
  const rows = await deps.database.db
    .insert(tandemFeedback)
    .values({
      ...answers,
      // The form tells the author that the coordinators read it, anonymously.
      commentShared: true,
      tandemId: tandem.tandem.id,
      programmeId: tandem.programme.id,
      userId: tandem.me.userId,
      side: tandem.side,
    })
    .onConflictDoNothing()
    .returning({ id: tandemFeedback.id });
  return rows.length > 0 ? ok() : refused('given');
}
