import { inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { programmes } from '../../../db/schema/index.ts';
import { forbidden } from '../../../platform/errors.ts';
import { celebratedCount } from '../milestones/queries.ts';
import { COORDINATION_TANDEMS_PATH } from '../paths.ts';
import { tandemFacts } from './queries.ts';
import { OverviewPage } from './views/OverviewPage.tsx';

/** /koordination/tandems: the programmes' tandems for their coordinators, without contents. */
export function registerAttention(app: FastifyInstance) {
  app.get(COORDINATION_TANDEMS_PATH, { config: { access: 'tandems.coordinate' } }, async (req, reply) => {
    if (req.actor.kind === 'anonymous') throw forbidden();
    const ids = req.actor.programmeIds;
    const db = app.deps.database.db;
    const list = ids.length
      ? await db
          .select()
          .from(programmes)
          .where(inArray(programmes.id, [...ids]))
      : [];
    const facts = await tandemFacts(db, ids, app.deps.clock());
    const overview = [];
    for (const p of list.sort((a, b) => a.name.localeCompare(b.name, 'de'))) {
      overview.push({
        name: p.name,
        slug: p.slug,
        tandems: facts.filter((f) => f.programmeId === p.id),
        celebrated: await celebratedCount(db, p.id),
      });
    }
    return reply.page(<OverviewPage programmes={overview} />);
  });
}
