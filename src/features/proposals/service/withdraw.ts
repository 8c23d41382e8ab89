import { and, eq, or } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { matchProposals } from '../../../db/schema/index.ts';
import type { QueueMail, ServiceDeps } from '../../../mail/with-mails.ts';
import { proposalMails } from '../mails.ts';
import { personsOf, programmesOf, proposalUrl } from './parties.ts';

/**
 * A participant pauses or withdraws: their open proposals end ("withdrawn"), and the other person
 * learns that the proposal will not go ahead — without the reason, like after a decline.
 */
export async function withdrawOpenProposals(
  tx: Tx,
  mail: QueueMail,
  deps: ServiceDeps,
  participationId: string,
) {
  const open = await tx
    .select()
    .from(matchProposals)
    .where(
      and(
        eq(matchProposals.status, 'pending'),
        or(
          eq(matchProposals.menteeParticipationId, participationId),
          eq(matchProposals.mentorParticipationId, participationId),
        ),
      ),
    )
    .for('update');
  const now = deps.clock();
  for (const p of open) {
    await tx
      .update(matchProposals)
      .set({ status: 'withdrawn', closedAt: now })
      .where(eq(matchProposals.id, p.id));
    const otherId =
      p.menteeParticipationId === participationId ? p.mentorParticipationId : p.menteeParticipationId;
    const role = otherId === p.menteeParticipationId ? 'mentee' : 'mentor';
    const other = (await personsOf(tx, [otherId])).get(otherId)!;
    const programme = (await programmesOf(tx, [p.programmeId])).get(p.programmeId)!;
    const vars = { name: other.name, programme: programme.name, url: proposalUrl(deps, p.id), role } as const;
    await mail(other.email, other.locale, proposalMails.declined(vars), { replyTo: programme.contactEmail });
  }
  return open.length;
}
