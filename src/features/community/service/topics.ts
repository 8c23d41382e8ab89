import { and, inArray, isNull } from 'drizzle-orm';
import type { Space } from '../../../access/index.ts';
import type { Db, Tx } from '../../../db/client.ts';
import { topics } from '../../../db/schema/index.ts';

/**
 * The topics a thread of a space may carry: the programme's topic list (the one matching uses);
 * in the shared space, the lists of every programme the actor reads.
 */
export async function topicsOfSpace(db: Db | Tx, space: Space, all: readonly Space[]) {
  const programmeIds =
    space.programmeId === null
      ? all.map((s) => s.programmeId).filter((id): id is string => id !== null)
      : [space.programmeId];
  if (programmeIds.length === 0) return [];
  const rows = await db
    .select({
      id: topics.id,
      label: topics.label,
      programmeId: topics.programmeId,
      position: topics.position,
    })
    .from(topics)
    .where(and(inArray(topics.programmeId, programmeIds), isNull(topics.archivedAt)));
  return rows.sort((a, b) => a.label.localeCompare(b.label, 'de'));
}

export type SpaceTopic = Awaited<ReturnType<typeof topicsOfSpace>>[number];
