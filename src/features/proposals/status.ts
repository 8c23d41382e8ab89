import type { OwnProposal } from '../../access/index.ts';
import type { ProposalStatus } from '../../db/schema/index.ts';

/** A pending proposal whose deadline has passed reads as expired until the sweep closes it. */
export const effectiveStatus = (p: { status: ProposalStatus; expiresAt: Date }, now: Date): ProposalStatus =>
  p.status === 'pending' && p.expiresAt.getTime() <= now.getTime() ? 'expired' : p.status;

/** True while this person may still answer. */
export function answerable(own: OwnProposal, now: Date) {
  const p = own.proposal;
  const answer = own.side === 'mentee' ? p.menteeAnswer : p.mentorAnswer;
  return effectiveStatus(p, now) === 'pending' && answer === null;
}
