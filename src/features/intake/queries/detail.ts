import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../../db/client.ts';
import {
  intakeNotes,
  participationEvents,
  participations,
  profiles,
  programmes,
  users,
} from '../../../db/schema/index.ts';
import { isUuid } from '../../../platform/forms.ts';
import { listAllTopics, type Topic } from '../../programmes/index.ts';

export type Participation = typeof participations.$inferSelect;
export type Profile = typeof profiles.$inferSelect;

/**
 * A participation, only if it belongs to one of the actor's programmes. An unknown id, a malformed
 * one and another programme's all give null: the caller answers 404 for each alike.
 */
export async function findScopedParticipation(
  db: Db | Tx,
  scope: readonly string[],
  id: string,
): Promise<Participation | null> {
  if (!isUuid(id) || scope.length === 0) return null;
  const [row] = await db
    .select()
    .from(participations)
    .where(and(eq(participations.id, id), inArray(participations.programmeId, [...scope])));
  return row ?? null;
}

const actors = alias(users, 'actors');

export interface HistoryEntry {
  fromStatus: string | null;
  toStatus: string;
  actorName: string | null;
  at: Date;
}

const order = ['registered', 'intake_scheduled', 'intake_held', 'accepted', 'not_eligible'];
/** Changes recorded in the same instant are shown in the pipeline's order. */
const rank = (e: HistoryEntry) => (e.fromStatus === null ? -1 : order.indexOf(e.toStatus));

export interface NoteEntry {
  id: string;
  body: string;
  authorName: string | null;
  at: Date;
}

/** One role of the registration, with its own history: each role is decided on its own. */
export interface RoleDetail {
  participation: Participation;
  history: HistoryEntry[];
}

export interface IntakeDetail {
  /** The participation the page was opened with. */
  participation: Participation;
  /** Every role the person has in this programme, mentee first: one registration, one intake call. */
  roles: RoleDetail[];
  person: { id: string; name: string; email: string; locale: 'de' | 'en' };
  profile: Profile | null;
  programme: { id: string; slug: string; name: string; agency: string; contactEmail: string };
  topics: Topic[];
  notes: NoteEntry[];
}

/**
 * The person's participations in the participation's programme, mentee first: a registration as
 * mentee and mentor is one registration with two roles, and the intake call covers both.
 */
export async function findGroup(db: Db | Tx, p: Pick<Participation, 'userId' | 'programmeId'>) {
  return db
    .select()
    .from(participations)
    .where(and(eq(participations.userId, p.userId), eq(participations.programmeId, p.programmeId)))
    .orderBy(asc(participations.role));
}

/** The person and the programme of a participation (for mails). */
export async function loadHead(db: Db | Tx, participation: Participation) {
  const [head] = await db
    .select({
      person: { id: users.id, name: users.name, email: users.email, locale: users.locale },
      programme: {
        id: programmes.id,
        slug: programmes.slug,
        name: programmes.name,
        agency: programmes.agency,
        contactEmail: programmes.contactEmail,
      },
    })
    .from(users)
    .innerJoin(programmes, eq(programmes.id, participation.programmeId))
    .where(eq(users.id, participation.userId));
  return head!;
}

/** Everything the detail page shows, for every role of the person in the programme, in five queries. */
export async function loadDetail(db: Db | Tx, participation: Participation): Promise<IntakeDetail> {
  const head = await loadHead(db, participation);
  const group = await findGroup(db, participation);
  const ids = group.map((g) => g.id);
  const [profile] = await db.select().from(profiles).where(eq(profiles.userId, participation.userId));
  const history = await db
    .select({
      participationId: participationEvents.participationId,
      fromStatus: participationEvents.fromStatus,
      toStatus: participationEvents.toStatus,
      actorName: actors.name,
      at: participationEvents.at,
    })
    .from(participationEvents)
    .leftJoin(actors, eq(actors.id, participationEvents.actorId))
    .where(inArray(participationEvents.participationId, ids))
    .orderBy(asc(participationEvents.at), asc(participationEvents.id));
  const notes = await db
    .select({ id: intakeNotes.id, body: intakeNotes.body, authorName: actors.name, at: intakeNotes.at })
    .from(intakeNotes)
    .leftJoin(actors, eq(actors.id, intakeNotes.authorId))
    .where(inArray(intakeNotes.participationId, ids))
    .orderBy(desc(intakeNotes.at), desc(intakeNotes.id));
  const topics = await listAllTopics(db, participation.programmeId);
  return {
    participation,
    roles: group.map((g) => ({
      participation: g,
      history: history
        .filter((h) => h.participationId === g.id)
        .map(({ participationId: _, ...h }) => h)
        .sort((a, b) => a.at.getTime() - b.at.getTime() || rank(a) - rank(b)),
    })),
    person: head.person,
    profile: profile ?? null,
    programme: head.programme,
    topics,
    notes,
  };
}
