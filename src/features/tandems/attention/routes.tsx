import { inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { programmes, TANDEM_STATUSES, type TandemStatus } from '../../../db/schema/index.ts';
import { forbidden } from '../../../platform/errors.ts';
import { COORDINATION_TANDEMS_PATH } from '../paths.ts';
import { celebratedCounts, tandemFacts } from './queries.ts';
import { OverviewPage } from './views/OverviewPage.tsx';

/** `?stand=…` narrows the list of all tandems; anything else shows them all. */
function statusFilter(query: unknown): TandemStatus | undefined {
  const value = (query as Record<string, unknown> | undefined)?.stand;
  return TANDEM_STATUSES.find((s) => s === value);
}

/** /koordination/tandems: the programmes' tandems for their coordinators, without contents. */
export function registerAttention(app: FastifyInstance) {
  app.get(COORDINATION_TANDEMS_PATH, { config: { access: 'tandems.coordinate' } }, async (req, reply) => {
    if (req.actor.kind === 'anonymous') throw forbidden();
    const ids = req.actor.programmeIds;
    const db = app.deps.database.db;
    const [list, facts, celebrated] = ids.length
      ? await Promise.all([
          db
            .select({ id: programmes.id, name: programmes.name, slug: programmes.slug })
            .from(programmes)
            .where(inArray(programmes.id, [...ids])),
          tandemFacts(db, ids, app.deps.clock()),
          celebratedCounts(db, ids),
        ])
      : [[], [], new Map<string, number>()];
    const overview = list
      .sort((a, b) => a.name.localeCompare(b.name, 'de'))
      .map((p) => ({
        name: p.name,
        slug: p.slug,
        tandems: facts.filter((f) => f.programmeId === p.id),
        celebrated: celebrated.get(p.id) ?? 0,
      }));
    return reply.page(<OverviewPage programmes={overview} status={statusFilter(req.query)} />);
  });
}
