import { and, eq, ne, sql } from 'drizzle-orm';
import type { loadTandemMembers, MemberTandem } from '../../../access/index.ts';
import type { Tx } from '../../../db/client.ts';
import { meetings, participations, tandems } from '../../../db/schema/index.ts';
import type { EndKind } from '../../../db/schema/matching.ts';
import { link, type QueueMail, type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import { tandemEndPath, tandemPath } from '../paths.ts';
import { earlyEndMail, endedMail } from './mails.ts';

/** Where a participant adds the mentor role (the profile's "Mentor*in werden" link). */
export const becomeMentorPath = (programmeSlug: string) =>
  `/registrierung?programm=${encodeURIComponent(programmeSlug)}&rolle=mentor`;

/** A tandem with both members, as the access layer loads it (members' and coordinators' services alike). */
export type Members = NonNullable<Awaited<ReturnType<typeof loadTandemMembers>>>;

/** The mentee is matched first next time ("Vorrang"), until her re-match happens. */
export async function givePriority(tx: Tx, t: Members, now: Date) {
  await tx
    .update(participations)
    .set({ priorityAt: now })
    .where(eq(participations.id, t.mentee.participationId));
}

/**
 * Ends a tandem (history kept) and tells both members, with the feedback form; the mentee is also
 * invited to become a mentor. False when it had ended already.
 */
export async function endTandem(
  deps: ServiceDeps,
  tx: Tx,
  mail: QueueMail,
  t: Members,
  end: { kind: EndKind; reason: string; by: string },
): Promise<boolean> {
  const now = deps.clock();
  const ended = await tx
    .update(tandems)
    .set({ status: 'ended', endedAt: now, endKind: end.kind, endReason: end.reason, endedBy: end.by })
    .where(and(eq(tandems.id, t.tandem.id), ne(tandems.status, 'ended')))
    .returning({ id: tandems.id });
  if (ended.length === 0) return false;
  // Its planned meetings are off: the calendar feeds show them cancelled (a new SEQUENCE).
  const cancelled = await tx
    .update(meetings)
    .set({ status: 'cancelled', sequence: sql`${meetings.sequence} + 1`, updatedAt: now })
    .where(and(eq(meetings.tandemId, t.tandem.id), eq(meetings.status, 'planned')))
    .returning({ id: meetings.id });
  // The reason is the members' words: it stays out of the audit log.
  await recordAudit(tx, {
    kind: 'tandem_ended',
    actorId: end.by,
    details: { tandemId: t.tandem.id, endKind: end.kind },
    at: now,
  });
  if (end.kind === 'rematch') await givePriority(tx, t, now);
  if (end.kind === 'early') {
    await mail(
      t.programme.contactEmail,
      'de',
      earlyEndMail({
        agency: t.programme.agency,
        programme: t.programme.name,
        url: link(deps, tandemEndPath(t.tandem.id)),
      }),
    );
  }
  const url = link(deps, tandemPath(t.tandem.id, 'rueckmeldung'));
  for (const [person, mentee] of [
    [t.mentee, true],
    [t.mentor, false],
  ] as const) {
    await mail(
      person.email,
      person.locale,
      endedMail({
        name: person.name,
        programme: t.programme.name,
        url,
        kind: end.kind,
        mentee,
        become: mentee ? link(deps, becomeMentorPath(t.programme.slug)) : null,
        cancelled: cancelled.length,
      }),
    );
  }
  return true;
}

/** A member ends the tandem: as planned, or early with a reason. Refused when it had ended already. */
export async function endByMember(
  deps: ServiceDeps,
  tandem: MemberTandem,
  kind: 'planned' | 'early',
  reason: string,
): Promise<Result<undefined, 'ended'>> {
  const ended = await withMails(deps, (tx, mail) =>
    endTandem(deps, tx, mail, tandem, { kind, reason, by: tandem.me.userId }),
  );
  return ended ? ok() : refused('ended');
}
