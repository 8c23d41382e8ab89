import type { FastifyInstance } from 'fastify';
import { coordinatedProgrammes, requireCoordinatedTandem, type TandemParams } from '../../../access/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { COORDINATION_TANDEMS_PATH, tandemEndPath } from '../paths.ts';
import { statusFilter } from './filter.ts';
import { celebratedCounts, tandemEnd, tandemFacts } from './queries.ts';
import { EndInfoPage } from './views/EndInfoPage.tsx';
import { OverviewPage } from './views/OverviewPage.tsx';

const coordinate = { config: { access: 'tandems.coordinate' as const } };

/**
 * /koordination/tandems: the programmes' tandems for their coordinators, without contents, and
 * how an ended one ended (/koordination/tandems/:id/ende).
 */
export function registerAttention(app: FastifyInstance) {
  const db = app.deps.database.db;

  app.get(COORDINATION_TANDEMS_PATH, coordinate, async (req, reply) => {
    const list = await coordinatedProgrammes(req);
    const ids = list.map((p) => p.id);
    const [facts, celebrated] = await Promise.all([
      tandemFacts(db, ids, app.deps.clock()),
      celebratedCounts(db, ids),
    ]);
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

  app.get<TandemParams>(tandemEndPath(':id'), coordinate, async (req, reply) => {
    const tandem = await requireCoordinatedTandem(req, req.params.id);
    const end = tandem.status === 'ended' ? await tandemEnd(db, tandem.id) : null;
    if (!end) throw notFound();
    return reply.page(<EndInfoPage end={end} />);
  });
}
