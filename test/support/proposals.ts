import { eq } from 'drizzle-orm';
import { matchProposals, participations, tandems } from '../../src/db/schema/index.ts';
import { loadPool } from '../../src/features/matching/queries.ts';
import {
  type CreateOutcome,
  createProposals,
  type NewProposal,
} from '../../src/features/proposals/service/create.ts';
import { withMails } from '../../src/mail/with-mails.ts';
import { createSession } from '../../src/platform/session.ts';
import type { TestApp } from '../helpers/app.ts';
import { TestClient } from '../helpers/client.ts';
import { createUser } from '../helpers/factories.ts';
import { createParticipant, type ParticipantOptions } from '../helpers/participants.ts';

export const DAY = 24 * 3600_000;

/** A signed-in browser for a user, with a fresh session at the test clock's time (no login form). */
export async function browserFor(t: TestApp, user: { id: string }) {
  const client = new TestClient(t.app);
  const session = await createSession(t.db, user.id, 'full', t.clock.now());
  client.cookies.set('kt_session', session.token);
  return client;
}

type Person = Awaited<ReturnType<typeof createParticipant>>;

/** An accepted mentee or mentor of klimaschutz (unless told otherwise), with a capacity for mentors. */
export async function accepted(
  t: TestApp,
  role: 'mentee' | 'mentor',
  options: ParticipantOptions & { capacity?: number } = {},
): Promise<Person> {
  const person = await createParticipant(t.db, { role, status: 'accepted', ...options });
  if (options.capacity !== undefined) {
    await t.db
      .update(participations)
      .set({ capacity: options.capacity })
      .where(eq(participations.id, person.participation.id));
    person.participation.capacity = options.capacity;
  }
  return person;
}

let coordinatorId: string | undefined;

/** Proposes pairs like the matching feature does: one transaction, rolled back when refused. */
export async function propose(t: TestApp, programmeId: string, pairs: Omit<NewProposal, 'score'>[]) {
  coordinatorId ??= (await createUser(t.db, { kind: 'coordinator' })).id;
  const createdBy = coordinatorId;
  let outcome: CreateOutcome | undefined;
  await withMails(t.app.deps, async (tx, mail) => {
    outcome = await createProposals(tx, mail, t.app.deps, {
      programmeId,
      createdBy,
      pairs: pairs.map((p) => ({ score: 70, ...p })),
    });
    if (!outcome.ok) throw new Refused();
  }).catch((err) => {
    if (!(err instanceof Refused)) throw err;
  });
  return outcome!;
}

class Refused extends Error {}

/** A fresh accepted pair and a proposal between them. */
export async function proposedPair(
  t: TestApp,
  options: { mentee?: ParticipantOptions; mentor?: ParticipantOptions & { capacity?: number } } = {},
) {
  const mentee = await accepted(t, 'mentee', options.mentee);
  const mentor = await accepted(t, 'mentor', options.mentor);
  const outcome = await propose(t, mentee.programme.id, [
    { menteeId: mentee.participation.id, mentorId: mentor.participation.id },
  ]);
  if (!outcome.ok) throw new Error(`proposal refused: ${outcome.reason}`);
  return { mentee, mentor, id: outcome.value[0]! };
}

export const proposalRow = async (t: TestApp, id: string) =>
  (await t.db.select().from(matchProposals).where(eq(matchProposals.id, id)))[0]!;

export const tandemsOf = (t: TestApp, proposalId: string) =>
  t.db.select().from(tandems).where(eq(tandems.proposalId, proposalId));

/** Whether the participation is in its programme's matching pool now (mentors: with a free place). */
export async function inPool(t: TestApp, person: Person) {
  const pool = await loadPool(t.db, person.programme);
  return [...pool.mentees, ...pool.mentors].some((p) => p.id === person.participation.id);
}
