import { type TandemStatus, tandems } from '../../src/db/schema/index.ts';
import type { TestApp } from '../helpers/app.ts';
import { createUser } from '../helpers/factories.ts';
import type { ParticipantOptions } from '../helpers/participants.ts';
import { accepted, browserFor } from './proposals.ts';

export { browserFor } from './proposals.ts';

/**
 * A tandem of two fresh accepted people (klimaschutz unless told otherwise), created directly as
 * matching would, with signed-in browsers for both and for the outsiders of the confidentiality rule.
 */
export async function createTandem(
  t: TestApp,
  options: {
    status?: TandemStatus;
    createdAt?: Date;
    mentee?: ParticipantOptions;
    mentor?: ParticipantOptions & { capacity?: number };
  } = {},
) {
  const mentee = await accepted(t, 'mentee', options.mentee);
  const mentor = await accepted(t, 'mentor', { capacity: 2, ...options.mentor });
  const createdAt = options.createdAt ?? t.clock.now();
  const status = options.status ?? 'kickoff_pending';
  const [tandem] = await t.db
    .insert(tandems)
    .values({
      programmeId: mentee.programme.id,
      menteeParticipationId: mentee.participation.id,
      mentorParticipationId: mentor.participation.id,
      status,
      createdAt,
      activatedAt: status === 'kickoff_pending' ? null : createdAt,
      endedAt: status === 'ended' ? createdAt : null,
    })
    .returning();
  return {
    tandem: tandem!,
    id: tandem!.id,
    mentee,
    mentor,
    menteeBrowser: await browserFor(t, mentee.user),
    mentorBrowser: await browserFor(t, mentor.user),
  };
}

/** Everyone who must not read a tandem's contents: coordinator of its programme, admin, another participant. */
export async function outsiders(t: TestApp, programme: 'klimaschutz' | 'klimaanpassung' = 'klimaschutz') {
  const coordinator = await createUser(t.db, { kind: 'coordinator', coordinatorOf: programme });
  const admin = await createUser(t.db, { kind: 'admin' });
  const other = await accepted(t, 'mentee', { programme });
  return {
    coordinator: await browserFor(t, coordinator),
    admin: await browserFor(t, admin),
    participant: await browserFor(t, other.user),
  };
}

/**
 * What a stranger gets from a tandem's route: 'login' when signed out (for any tandem, existing or
 * not, so a mail's link leads through the login), otherwise the status code (404 for the signed-in).
 */
export function strangerAnswer(res: { statusCode: number; headers: Record<string, unknown> }) {
  const location = String(res.headers.location ?? '');
  return res.statusCode === 303 && location.startsWith('/anmelden?weiter=') ? 'login' : res.statusCode;
}
/** The answer strangers must get: the login for the signed-out visitor, 404 for everyone else. */
export const refusalFor = (who: string) => (who === 'anonymous' ? 'login' : 404);
