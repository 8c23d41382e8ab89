import { and, eq, ne, sql } from 'drizzle-orm';
import { loadTandemMembers, type MemberTandem } from '../../../access/index.ts';
import type { Tx } from '../../../db/client.ts';
import {
  meetings,
  participations,
  supportCaseNotes,
  supportCases,
  tandemFeedback,
  tandems,
  users,
} from '../../../db/schema/index.ts';
import type { EndKind } from '../../../db/schema/matching.ts';
import type { SupportOutcome, SupportReason } from '../../../db/schema/tandem-help.ts';
import { link, type QueueMail, type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { supportCasePath, tandemEndPath, tandemPath } from '../paths.ts';
import { contactMail, earlyEndMail, endedMail, priorityMail, supportMail } from './mails.ts';
import { fittingOutcomes } from './outcomes.ts';

/** Where a participant adds the mentor role (the profile's "Mentor*in werden" link). */
export const becomeMentorPath = (programmeSlug: string) =>
  `/registrierung?programm=${encodeURIComponent(programmeSlug)}&rolle=mentor`;

type Members = NonNullable<Awaited<ReturnType<typeof loadTandemMembers>>>;

/** The mentee is matched first next time ("Vorrang"), until her re-match happens. */
async function givePriority(tx: Tx, t: Members, now: Date) {
  await tx
    .update(participations)
    .set({ priorityAt: now })
    .where(eq(participations.id, t.mentee.participationId));
}

/**
 * Ends a tandem (history kept) and tells both members, with the feedback form; the mentee is also
 * invited to become a mentor. False when it had ended already.
 */
async function endTandem(
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

/** A member ends the tandem: as planned, or early with a reason. */
export async function endByMember(
  deps: ServiceDeps,
  tandem: MemberTandem,
  userId: string,
  kind: 'planned' | 'early',
  reason: string,
): Promise<boolean> {
  return withMails(deps, (tx, mail) => endTandem(deps, tx, mail, tandem, { kind, reason, by: userId }));
}

/** A member asks the coordinators for support; the programme's contact address is told, without the message. */
export async function requestSupport(
  deps: ServiceDeps,
  tandem: MemberTandem,
  userId: string,
  reason: SupportReason,
  message: string,
) {
  return withMails(deps, async (tx, mail) => {
    const [row] = await tx
      .insert(supportCases)
      .values({
        tandemId: tandem.tandem.id,
        programmeId: tandem.programme.id,
        requesterId: userId,
        reason,
        message,
        createdAt: deps.clock(),
      })
      .returning({ id: supportCases.id });
    await mail(
      tandem.programme.contactEmail,
      'de',
      supportMail({
        agency: tandem.programme.agency,
        programme: tandem.programme.name,
        url: link(deps, supportCasePath(row!.id)),
      }),
    );
    return row!.id;
  });
}

/**
 * Coordinators open a case for a tandem on their attention list, so that they can note, contact and
 * decide as for a request. A case still being worked is reused: one tandem, one open case. Nobody is
 * mailed: the coordinators decide whom to contact and record it on the case.
 */
export async function openCaseForTandem(
  deps: ServiceDeps,
  tandem: { id: string; programmeId: string },
  coordinatorId: string,
): Promise<string> {
  return deps.database.db.transaction(async (tx) => {
    // One case at a time per tandem, also when two coordinators click at once.
    await tx.select({ id: tandems.id }).from(tandems).where(eq(tandems.id, tandem.id)).for('update');
    const [open] = await tx
      .select({ id: supportCases.id })
      .from(supportCases)
      .where(and(eq(supportCases.tandemId, tandem.id), ne(supportCases.status, 'closed')));
    if (open) return open.id;
    const now = deps.clock();
    const [row] = await tx
      .insert(supportCases)
      .values({ tandemId: tandem.id, programmeId: tandem.programmeId, reason: 'stalled', createdAt: now })
      .returning({ id: supportCases.id });
    await recordAudit(tx, {
      kind: 'support_case_opened',
      actorId: coordinatorId,
      details: { tandemId: tandem.id, caseId: row!.id },
      at: now,
    });
    return row!.id;
  });
}

/** A coordinator's note or recorded contact on a case; the case is then in progress. */
export async function addCaseNote(
  deps: ServiceDeps,
  caseId: string,
  authorId: string,
  kind: 'note' | 'contact',
  body: string,
) {
  await deps.database.db.transaction(async (tx) => {
    await tx.insert(supportCaseNotes).values({ caseId, authorId, kind, body, createdAt: deps.clock() });
    await tx
      .update(supportCases)
      .set({ status: 'in_progress' })
      .where(and(eq(supportCases.id, caseId), eq(supportCases.status, 'open')));
  });
}

/**
 * The case's outcome: continue, an additional contact person (named in the note), a re-match (the
 * tandem ends, the mentee returns to the pool first) or the end. 'closed' when the case was closed
 * already; 'unfit' when the outcome does not fit the tandem's state (see fittingOutcomes).
 */
export async function closeCase(
  deps: ServiceDeps,
  c: { id: string; tandemId: string; requesterId: string | null; reason: SupportReason },
  coordinatorId: string,
  outcome: SupportOutcome,
  note: string,
): Promise<'done' | 'closed' | 'unfit'> {
  return withMails(deps, async (tx, mail) => {
    // The tandem's state is read under lock: a member ending it meanwhile waits for this decision.
    await tx.select({ id: tandems.id }).from(tandems).where(eq(tandems.id, c.tandemId)).for('update');
    const [current] = await tx
      .select({ status: supportCases.status })
      .from(supportCases)
      .where(eq(supportCases.id, c.id))
      .for('update');
    if (current?.status !== 'open' && current?.status !== 'in_progress') return 'closed';
    const members = await loadTandemMembers(tx, c.tandemId);
    if (!members || !fittingOutcomes(members.tandem).includes(outcome)) return 'unfit';
    await tx
      .update(supportCases)
      .set({ status: 'closed', outcome, closedAt: deps.clock() })
      .where(eq(supportCases.id, c.id));
    if (note) {
      await tx
        .insert(supportCaseNotes)
        .values({ caseId: c.id, authorId: coordinatorId, kind: 'note', body: note, createdAt: deps.clock() });
    }
    if (outcome === 'additional_contact') {
      // The requester hears of it; for a case the coordinators opened themselves, both members do.
      const told =
        c.reason === 'stalled'
          ? [members.mentee, members.mentor]
          : c.requesterId
            ? await tx.select().from(users).where(eq(users.id, c.requesterId))
            : [];
      for (const person of told) {
        await mail(
          person.email,
          person.locale,
          contactMail({
            name: person.name,
            programme: members.programme.name,
            url: link(deps, tandemPath(c.tandemId, 'unterstuetzung')),
          }),
        );
      }
    }
    if (outcome === 'rematch' && members.tandem.status === 'ended') {
      await givePriority(tx, members, deps.clock());
      const m = members.mentee;
      await mail(
        m.email,
        m.locale,
        priorityMail({ name: m.name, programme: members.programme.name, url: link(deps, '/profil') }),
      );
    } else if (outcome === 'rematch' || outcome === 'end') {
      await endTandem(deps, tx, mail, members, {
        kind: outcome === 'rematch' ? 'rematch' : 'coordination',
        reason: '',
        by: coordinatorId,
      });
    }
    await recordAudit(tx, {
      kind: 'support_case_closed',
      actorId: coordinatorId,
      details: { caseId: c.id, outcome },
      at: deps.clock(),
    });
    return 'done';
  });
}

/** One feedback per member, after the end. False when this member has answered already. */
export async function giveFeedback(
  deps: ServiceDeps,
  tandem: MemberTandem,
  userId: string,
  answers: Omit<
    typeof tandemFeedback.$inferInsert,
    'tandemId' | 'programmeId' | 'userId' | 'side' | 'commentShared'
  >,
): Promise<boolean> {
  const rows = await deps.database.db
    .insert(tandemFeedback)
    .values({
      ...answers,
      // The form tells the author that the coordinators read it, anonymously.
      commentShared: true,
      tandemId: tandem.tandem.id,
      programmeId: tandem.programme.id,
      userId,
      side: tandem.side,
    })
    .onConflictDoNothing()
    .returning({ id: tandemFeedback.id });
  return rows.length > 0;
}
