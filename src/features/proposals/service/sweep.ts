import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { matchProposals, programmes } from '../../../db/schema/index.ts';
import type { Role } from '../../../db/schema/registration.ts';
import { type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { formatAt } from '../../../ui/format.ts';
import { proposalMails } from '../mails.ts';
import { type Person, personsOf, programmesOf, proposalUrl } from './parties.ts';

type Claimed = Pick<
  typeof matchProposals.$inferSelect,
  | 'id'
  | 'programmeId'
  | 'menteeParticipationId'
  | 'mentorParticipationId'
  | 'menteeAnswer'
  | 'mentorAnswer'
  | 'expiresAt'
>;

const claimed = {
  id: matchProposals.id,
  programmeId: matchProposals.programmeId,
  menteeParticipationId: matchProposals.menteeParticipationId,
  mentorParticipationId: matchProposals.mentorParticipationId,
  menteeAnswer: matchProposals.menteeAnswer,
  mentorAnswer: matchProposals.mentorAnswer,
  expiresAt: matchProposals.expiresAt,
};

/**
 * Pending proposals past their deadline expire and both people are told; the mentee is back in the
 * pool by that alone. Each row is claimed by the UPDATE itself, so instances sweeping at the same
 * time send every mail once.
 */
export async function expireProposals(deps: ServiceDeps): Promise<number> {
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    const rows = await tx
      .update(matchProposals)
      .set({ status: 'expired', closedAt: now })
      .where(and(eq(matchProposals.status, 'pending'), lte(matchProposals.expiresAt, now)))
      .returning(claimed);
    await eachPerson(tx, rows, async (p, role, person, programme) => {
      const vars = { name: person.name, programme: programme.name, url: proposalUrl(deps, p.id), role };
      await mail(person.email, person.locale, proposalMails.expired(vars), {
        replyTo: programme.contactEmail,
      });
    });
    return rows.length;
  });
}

/**
 * One reminder per proposal, to whoever has not answered, once it has waited the programme's
 * reminder days. Claimed like the expiry: reminded_at is set by the same UPDATE that selects it.
 */
export async function remindProposals(deps: ServiceDeps): Promise<number> {
  const now = deps.clock();
  const nowIso = now.toISOString();
  const due = sql`${matchProposals.createdAt} + make_interval(days => (select ${programmes.proposalReminderDays} from ${programmes} where ${programmes.id} = ${matchProposals.programmeId})) <= ${nowIso}::timestamptz`;
  return withMails(deps, async (tx, mail) => {
    const rows = await tx
      .update(matchProposals)
      .set({ remindedAt: now })
      .where(
        and(
          eq(matchProposals.status, 'pending'),
          isNull(matchProposals.remindedAt),
          sql`${matchProposals.expiresAt} > ${nowIso}::timestamptz`,
          due,
        ),
      )
      .returning(claimed);
    await eachPerson(tx, rows, async (p, role, person, programme) => {
      if ((role === 'mentee' ? p.menteeAnswer : p.mentorAnswer) !== null) return;
      const content = proposalMails.reminder({
        name: person.name,
        programme: programme.name,
        url: proposalUrl(deps, p.id),
        deadline: formatAt(p.expiresAt, person.locale, 'longDateTime'),
      });
      await mail(person.email, person.locale, content, { replyTo: programme.contactEmail });
    });
    return rows.length;
  });
}

/** Expiry first: a proposal due for both gets no reminder it can no longer act on. */
export async function sweepProposals(deps: ServiceDeps) {
  const expired = await expireProposals(deps);
  const reminded = await remindProposals(deps);
  return { expired, reminded };
}

async function eachPerson(
  tx: Tx,
  rows: Claimed[],
  fn: (p: Claimed, role: Role, person: Person, programme: typeof programmes.$inferSelect) => Promise<void>,
) {
  if (rows.length === 0) return;
  const persons = await personsOf(
    tx,
    rows.flatMap((r) => [r.menteeParticipationId, r.mentorParticipationId]),
  );
  const progs = await programmesOf(
    tx,
    rows.map((r) => r.programmeId),
  );
  for (const p of rows) {
    const programme = progs.get(p.programmeId)!;
    await fn(p, 'mentee', persons.get(p.menteeParticipationId)!, programme);
    await fn(p, 'mentor', persons.get(p.mentorParticipationId)!, programme);
  }
}
