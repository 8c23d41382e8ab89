import { and, asc, count, eq, isNotNull } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { goals, milestones, tandems } from '../../../db/schema/index.ts';
import { isUuid } from '../../../platform/forms.ts';

export type Goal = typeof goals.$inferSelect;
export type Milestone = typeof milestones.$inferSelect;
export type GoalWithMilestones = Goal & { milestones: Milestone[] };

/** The tandem's goals in order, each with its milestones (two queries). */
export async function goalsOf(db: Db, tandemId: string): Promise<GoalWithMilestones[]> {
  const rows = await db
    .select()
    .from(goals)
    .where(eq(goals.tandemId, tandemId))
    .orderBy(asc(goals.position), asc(goals.createdAt));
  const steps = await db
    .select()
    .from(milestones)
    .where(eq(milestones.tandemId, tandemId))
    .orderBy(asc(milestones.position), asc(milestones.createdAt));
  return rows.map((g) => ({ ...g, milestones: steps.filter((m) => m.goalId === g.id) }));
}

/** A goal of this tandem; null for another tandem's, an unknown or a malformed id. */
export async function findGoal(db: Db | Tx, tandemId: string, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(goals)
    .where(and(eq(goals.id, id), eq(goals.tandemId, tandemId)));
  return row ?? null;
}

export async function findMilestone(db: Db | Tx, tandemId: string, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(milestones)
    .where(and(eq(milestones.id, id), eq(milestones.tandemId, tandemId)));
  return row ?? null;
}

/** Celebrated goals and milestones of a programme's tandems: a count for the statistics, no contents. */
export async function celebratedCount(db: Db, programmeId: string): Promise<number> {
  const [g] = await db
    .select({ n: count() })
    .from(goals)
    .innerJoin(tandems, eq(tandems.id, goals.tandemId))
    .where(and(eq(tandems.programmeId, programmeId), isNotNull(goals.celebratedAt)));
  const [m] = await db
    .select({ n: count() })
    .from(milestones)
    .innerJoin(tandems, eq(tandems.id, milestones.tandemId))
    .where(and(eq(tandems.programmeId, programmeId), isNotNull(milestones.celebratedAt)));
  return (g?.n ?? 0) + (m?.n ?? 0);
}
