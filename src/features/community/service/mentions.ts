import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { participations, programmeCoordinators, users } from '../../../db/schema/index.ts';
import { tell, type WriteContext } from './context.ts';

const MAX_MENTIONS = 10;

/**
 * Tells the people a text mentions as "@Vorname Nachname": whoever reads the space (an accepted
 * participant of its programme, its coordinators; anyone accepted for the shared space), once each.
 */
export async function notifyMentions(ctx: WriteContext, body: string) {
  if (!body.includes('@')) return;
  const mentioned = ctx.tx
    .select({ id: users.id })
    .from(users)
    .where(and(sql`strpos(${body}, '@' || ${users.name}) > 0`, ne(users.id, ctx.actorId)));
  const readers = await ctx.tx
    .selectDistinct({ userId: users.id })
    .from(users)
    .leftJoin(participations, eq(participations.userId, users.id))
    .leftJoin(programmeCoordinators, eq(programmeCoordinators.userId, users.id))
    .where(
      and(
        inArray(users.id, mentioned),
        ctx.space.programmeId
          ? or(
              and(
                eq(participations.programmeId, ctx.space.programmeId),
                eq(participations.status, 'accepted'),
              ),
              eq(programmeCoordinators.programmeId, ctx.space.programmeId),
            )
          : or(eq(participations.status, 'accepted'), sql`${programmeCoordinators.userId} is not null`),
      ),
    )
    .limit(MAX_MENTIONS);
  if (readers.length === 0) return;
  await tell(
    ctx,
    readers.map((r) => ({ userId: r.userId, kind: 'mention' as const })),
  );
}
