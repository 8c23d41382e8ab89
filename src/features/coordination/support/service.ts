import { and, eq, ne } from 'drizzle-orm';
import { type CoordinatedTandem, loadTandemMembers } from '../../../access/index.ts';
import { supportCaseNotes, supportCases, tandems, users } from '../../../db/schema/index.ts';
import type { SupportOutcome, SupportReason } from '../../../db/schema/tandem-help.ts';
import { link, type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import { endTandem, givePriority, tandemPath } from '../../tandems/index.ts';
import { contactMail, priorityMail } from './mails.ts';
import { fittingOutcomes } from './outcomes.ts';

/**
 * Coordinators open a case for a tandem on their attention list, so that they can note, contact and
 * decide as for a request. A case still being worked is reused: one tandem, one open case. Nobody is
 * mailed: the coordinators decide whom to contact and record it on the case.
 */
export async function openCaseForTandem(
  deps: ServiceDeps,
  tandem: CoordinatedTandem,
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
 * tandem ends, the mentee returns to the pool first) or the end. Refused 'closed' when the case was closed
 * already; 'unfit' when the outcome does not fit the tandem's state (see fittingOutcomes).
 */
export async function closeCase(
  deps: ServiceDeps,
  c: { id: string; tandemId: string; requesterId: string | null; reason: SupportReason },
  coordinatorId: string,
  outcome: SupportOutcome,
  note: string,
): Promise<Result<undefined, 'closed' | 'unfit'>> {
  return withMails(deps, async (tx, mail) => {
    // The tandem's state is read under lock: a member ending it meanwhile waits for this decision.
    await tx.select({ id: tandems.id }).from(tandems).where(eq(tandems.id, c.tandemId)).for('update');
    const [current] = await tx
      .select({ status: supportCases.status })
      .from(supportCases)
      .where(eq(supportCases.id, c.id))
      .for('update');
    if (current?.status !== 'open' && current?.status !== 'in_progress') return refused('closed');
    const members = await loadTandemMembers(tx, c.tandemId);
    if (!members || !fittingOutcomes(members.tandem).includes(outcome)) return refused('unfit');
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
    return ok();
  });
}
