import { eq } from 'drizzle-orm';
import { participations, profiles, topics } from '../../src/db/schema/index.ts';
import type { TestApp } from '../helpers/app.ts';
import { createParticipant, type ParticipantOptions } from '../helpers/participants.ts';

export interface MemberOptions extends ParticipantOptions {
  /** Positions in the programme's topic list: needed (mentee) or offered (mentor). */
  topicIndexes?: number[];
  capacity?: number;
  formats?: (typeof profiles.$inferInsert)['formats'];
}

/** An accepted participant in the matching pool, with the topics and places a test needs. */
export async function poolMember(t: TestApp, options: MemberOptions) {
  const created = await createParticipant(t.db, { status: 'accepted', ...options });
  const list = await t.db.select().from(topics).where(eq(topics.programmeId, created.programme.id));
  list.sort((a, b) => a.position - b.position);
  const chosen = (options.topicIndexes ?? []).map((i) => list[i]!.id);
  const role = options.role ?? 'mentee';
  await t.db
    .update(participations)
    .set(
      role === 'mentee'
        ? { topicsNeeded: chosen }
        : { topicsOffered: chosen, capacity: options.capacity ?? 1 },
    )
    .where(eq(participations.id, created.participation.id));
  if (options.formats) {
    await t.db.update(profiles).set({ formats: options.formats }).where(eq(profiles.userId, created.user.id));
  }
  return { ...created, topicLabels: chosen.map((id) => list.find((x) => x.id === id)!.label) };
}

export const matchingUrl = '/koordination/matching/klimaschutz';
