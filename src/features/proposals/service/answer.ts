import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { matchProposals, type ProposalStatus, participations, tandems } from '../../../db/schema/index.ts';
import type { Role } from '../../../db/schema/registration.ts';
import { type QueueMail, type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { isUuid } from '../../../platform/forms.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import { proposalMails } from '../mails.ts';
import { type Person, personsOf, programmesOf, proposalUrl } from './parties.ts';

/** What became of the answer; refused when not found, answered already, or closed (by its status). */
export type AnswerRefusal = 'not-found' | 'answered' | Exclude<ProposalStatus, 'pending'>;
export type AnswerOutcome = Result<'waiting' | 'tandem' | 'declined', AnswerRefusal>;

type Answer = { answer: 'accepted' } | { answer: 'declined'; reason: string };
type Proposal = typeof matchProposals.$inferSelect;

/** The person accepts. When the other has accepted already, the tandem is created and both are told. */
export const acceptProposal = (deps: ServiceDeps, input: { proposalId: string; userId: string }) =>
  answer(deps, input, { answer: 'accepted' });

/** The person declines, with a reason for the coordinators; the other person is told, without it. */
export const declineProposal = (
  deps: ServiceDeps,
  input: { proposalId: string; userId: string; reason: string },
) => answer(deps, input, { answer: 'declined', reason: input.reason });

/**
 * One transaction with the proposal row locked: when both people accept at the same moment, the
 * second waits for the first, then sees its answer and creates the one tandem.
 */
function answer(
  deps: ServiceDeps,
  input: { proposalId: string; userId: string },
  given: Answer,
): Promise<AnswerOutcome> {
  const now = deps.clock();
  return withMails(deps, async (tx, mail): Promise<AnswerOutcome> => {
    if (!isUuid(input.proposalId)) return refused('not-found');
    const [p] = await tx
      .select()
      .from(matchProposals)
      .where(eq(matchProposals.id, input.proposalId))
      .for('update');
    if (!p) return refused('not-found');
    const persons = await personsOf(tx, [p.menteeParticipationId, p.mentorParticipationId]);
    const mentee = persons.get(p.menteeParticipationId)!;
    const mentor = persons.get(p.mentorParticipationId)!;
    const side: Role | null =
      mentee.userId === input.userId ? 'mentee' : mentor.userId === input.userId ? 'mentor' : null;
    if (!side) return refused('not-found');
    if (p.status !== 'pending') return refused(p.status);
    if (p.expiresAt.getTime() <= now.getTime()) return refused('expired');
    if ((side === 'mentee' ? p.menteeAnswer : p.mentorAnswer) !== null) return refused('answered');

    const own =
      side === 'mentee'
        ? { menteeAnswer: given.answer, menteeAnsweredAt: now }
        : { mentorAnswer: given.answer, mentorAnsweredAt: now };
    const send = notifier(tx, mail, deps, p, { mentee, mentor });
    if (given.answer === 'declined') {
      await update(tx, p, { ...own, status: 'declined', declineReason: given.reason, closedAt: now });
      await send(side === 'mentee' ? 'mentor' : 'mentee', 'declined');
      return ok('declined');
    }
    const otherAccepted = (side === 'mentee' ? p.mentorAnswer : p.menteeAnswer) === 'accepted';
    if (!otherAccepted) {
      await update(tx, p, own);
      return ok('waiting');
    }
    await update(tx, p, { ...own, status: 'accepted', closedAt: now });
    await tx.insert(tandems).values({
      programmeId: p.programmeId,
      proposalId: p.id,
      menteeParticipationId: p.menteeParticipationId,
      mentorParticipationId: p.mentorParticipationId,
      status: 'kickoff_pending',
      createdAt: now,
    });
    // A re-match's priority ends with the re-match.
    await tx
      .update(participations)
      .set({ priorityAt: null })
      .where(eq(participations.id, p.menteeParticipationId));
    await send('mentee', 'tandem');
    await send('mentor', 'tandem');
    return ok('tandem');
  });
}

function update(tx: Tx, p: Proposal, set: Partial<typeof matchProposals.$inferInsert>) {
  return tx
    .update(matchProposals)
    .set(set)
    .where(and(eq(matchProposals.id, p.id), eq(matchProposals.status, 'pending')));
}

function notifier(tx: Tx, mail: QueueMail, deps: ServiceDeps, p: Proposal, people: Record<Role, Person>) {
  return async (to: Role, kind: 'tandem' | 'declined') => {
    const programme = (await programmesOf(tx, [p.programmeId])).get(p.programmeId)!;
    const person = people[to];
    const vars = { name: person.name, programme: programme.name, url: proposalUrl(deps, p.id) };
    const content =
      kind === 'tandem' ? proposalMails.tandem(vars) : proposalMails.declined({ ...vars, role: to });
    await mail(person.email, person.locale, content, { replyTo: programme.contactEmail });
  };
}
