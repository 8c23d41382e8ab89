import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Programme } from '../../access/index.ts';
import type { Db, Tx } from '../../db/client.ts';
import { programmeCoordinators, programmes, topics, users } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { ok, refused } from '../../platform/result.ts';
import { deleteAllSessions } from '../../platform/session.ts';
import { listActiveTopics } from './queries.ts';
import type { CreateProgrammeInput, ProgrammeInput } from './schema.ts';

/**
 * A new programme (admins), audited like the other changes admins make to programmes. Its topic list
 * and coordination start empty; matching weights, proposal deadlines and tandem settings take their
 * defaults. Refused ('slug-taken') when another programme has the short name (also when two admins race).
 */
export async function createProgramme(
  db: Db,
  input: CreateProgrammeInput,
  by: { actorId: string; ip: string; now: Date },
) {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(programmes)
      .values({ ...input, createdAt: by.now })
      .onConflictDoNothing({ target: programmes.slug })
      .returning();
    if (!created) return refused('slug-taken', { name: 'slug', message: 'form.programmes.slug.taken' });
    await recordAudit(tx, {
      kind: 'programme_created',
      actorId: by.actorId,
      ip: by.ip,
      details: { programmeId: created.id, slug: created.slug },
      at: by.now,
    });
    return ok(created);
  });
}

/** Name, texts, contact, registration open/closed and funding options: admins. */
export async function updateProgramme(db: Db, programmeId: string, input: ProgrammeInput) {
  await db.update(programmes).set(input).where(eq(programmes.id, programmeId));
}

// ---- Topic list: each write locks the programme row, so concurrent edits of one list take turns.

const lockProgramme = (tx: Tx, programmeId: string) =>
  tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, programmeId)).for('update');

/** Is the label already taken by another active topic of the programme (ignoring case)? */
async function labelTaken(tx: Tx, programmeId: string, label: string, exceptId?: string) {
  const rows = await tx
    .select({ id: topics.id })
    .from(topics)
    .where(
      and(
        eq(topics.programmeId, programmeId),
        isNull(topics.archivedAt),
        sql`lower(${topics.label}) = lower(${label})`,
        exceptId ? ne(topics.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

const nextPosition = async (tx: Tx, programmeId: string) =>
  (
    await tx
      .select({ max: sql<number>`coalesce(max(${topics.position}), 0)::int` })
      .from(topics)
      .where(eq(topics.programmeId, programmeId))
  )[0]!.max + 1;

const activeTopic = async (tx: Tx, programmeId: string, id: string) =>
  (
    await tx
      .select()
      .from(topics)
      .where(and(eq(topics.programmeId, programmeId), eq(topics.id, id), isNull(topics.archivedAt)))
  )[0] ?? null;

/** Adds a topic at the end of the list. */
export const addTopic = (db: Db, programmeId: string, label: string) =>
  db.transaction(async (tx) => {
    await lockProgramme(tx, programmeId);
    if (await labelTaken(tx, programmeId, label))
      return refused('duplicate', { name: 'label', message: 'programmes.topics.duplicate' });
    await tx.insert(topics).values({ programmeId, label, position: await nextPosition(tx, programmeId) });
    return ok();
  });

/** Renames an active topic; registrations keep pointing at it, so they show the new label. */
export const renameTopic = (db: Db, programmeId: string, topicId: string, label: string) =>
  db.transaction(async (tx) => {
    await lockProgramme(tx, programmeId);
    if (!(await activeTopic(tx, programmeId, topicId))) return refused('not-found');
    if (await labelTaken(tx, programmeId, label, topicId)) return refused('duplicate');
    await tx.update(topics).set({ label }).where(eq(topics.id, topicId));
    return ok();
  });

/** Swaps an active topic with its neighbour above or below; at either end nothing changes. */
export const moveTopic = (db: Db, programmeId: string, topicId: string, direction: 'hoch' | 'runter') =>
  db.transaction(async (tx) => {
    await lockProgramme(tx, programmeId);
    const list = await listActiveTopics(tx, programmeId);
    const from = list.findIndex((t) => t.id === topicId);
    if (from < 0) return refused('not-found');
    const to = direction === 'hoch' ? from - 1 : from + 1;
    if (to < 0 || to >= list.length) return ok();
    const a = list[from]!;
    const b = list[to]!;
    if (a.position !== b.position) {
      await tx.update(topics).set({ position: b.position }).where(eq(topics.id, a.id));
      await tx.update(topics).set({ position: a.position }).where(eq(topics.id, b.id));
      return ok();
    }
    // Equal positions (older data): number the whole list anew in the wanted order.
    [list[from], list[to]] = [b, a];
    for (const [i, t] of list.entries()) {
      if (t.position !== i + 1)
        await tx
          .update(topics)
          .set({ position: i + 1 })
          .where(eq(topics.id, t.id));
    }
    return ok();
  });

/** Archives a topic: no longer offered, but kept for the registrations that chose it. */
export const archiveTopic = (db: Db, programmeId: string, topicId: string, now: Date) =>
  db.transaction(async (tx) => {
    await lockProgramme(tx, programmeId);
    if (!(await activeTopic(tx, programmeId, topicId))) return refused('not-found');
    await tx.update(topics).set({ archivedAt: now }).where(eq(topics.id, topicId));
    return ok();
  });

/** Restores an archived topic at the end of the list, unless an active topic has its label by now. */
export const restoreTopic = (db: Db, programmeId: string, topicId: string) =>
  db.transaction(async (tx) => {
    await lockProgramme(tx, programmeId);
    const [topic] = await tx
      .select()
      .from(topics)
      .where(and(eq(topics.programmeId, programmeId), eq(topics.id, topicId)));
    if (!topic?.archivedAt) return refused('not-found');
    if (await labelTaken(tx, programmeId, topic.label)) return refused('duplicate');
    const position = await nextPosition(tx, programmeId);
    await tx.update(topics).set({ archivedAt: null, position }).where(eq(topics.id, topicId));
    return ok();
  });

// ---- Coordinators: a change of role. Audited, and the person's sessions end, in the same transaction.

interface RoleChange {
  programme: Pick<Programme, 'id' | 'slug'>;
  actorId: string;
  ip: string;
  now: Date;
}

/** Makes the account with this e-mail address a coordinator of the programme. */
export const assignCoordinator = (db: Db, input: RoleChange & { email: string }) =>
  db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${input.email.toLowerCase()}`);
    if (!user) return refused('no-user', { name: 'email', message: 'programmes.coordinators.noAccount' });
    const inserted = await tx
      .insert(programmeCoordinators)
      .values({ programmeId: input.programme.id, userId: user.id, createdAt: input.now })
      .onConflictDoNothing()
      .returning({ userId: programmeCoordinators.userId });
    if (inserted.length === 0)
      return refused('already', { name: 'email', message: 'programmes.coordinators.already' });
    // The next login gets the new rights (and must enrol the second factor).
    await deleteAllSessions(tx, user.id);
    await recordAudit(tx, {
      kind: 'role_changed',
      userId: user.id,
      actorId: input.actorId,
      ip: input.ip,
      details: { coordinatorOf: input.programme.slug, via: 'admin' },
      at: input.now,
    });
    return ok(user.id);
  });

/** Ends a person's coordination of the programme. */
export const removeCoordinator = (db: Db, input: RoleChange & { userId: string }) =>
  db.transaction(async (tx) => {
    const removed = await tx
      .delete(programmeCoordinators)
      .where(
        and(
          eq(programmeCoordinators.programmeId, input.programme.id),
          eq(programmeCoordinators.userId, input.userId),
        ),
      )
      .returning({ userId: programmeCoordinators.userId });
    if (removed.length === 0) return refused('not-found');
    await deleteAllSessions(tx, input.userId);
    await recordAudit(tx, {
      kind: 'role_changed',
      userId: input.userId,
      actorId: input.actorId,
      ip: input.ip,
      details: { coordinatorRemovedFrom: input.programme.slug, via: 'admin' },
      at: input.now,
    });
    return ok();
  });
