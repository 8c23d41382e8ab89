import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { programmes, topics, users } from '../db/schema/index.ts';

/** What the demo's specs name by e-mail, slug and topic position, as the database's ids. */
export async function demoLookups(tx: Tx) {
  const people = new Map(
    (await tx.select({ id: users.id, email: users.email }).from(users)).map((u) => [u.email, u.id]),
  );
  const all = await tx.select().from(programmes);
  return {
    people,
    /** The programme of a slug; null for the shared space; undefined if there is no such programme. */
    programme: (slug: string | null) => (slug ? all.find((p) => p.slug === slug) : null),
    /** The ids of a programme's topics at the given positions of its list. */
    topicIds: async (programmeId: string | null, positions: number[]) => {
      if (!programmeId || positions.length === 0) return [];
      const list = (await tx.select().from(topics).where(eq(topics.programmeId, programmeId))).sort(
        (a, b) => a.position - b.position,
      );
      return positions.flatMap((i) => (list[i] ? [list[i].id] : []));
    },
  };
}
