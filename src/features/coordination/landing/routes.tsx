import type { FastifyInstance } from 'fastify';
import { coordinationAreas } from '../../../platform/navigation.ts';
import { can } from '../../../policy/index.ts';
import { COORDINATION_PATH } from '../paths.ts';
import { LandingPage } from './views/LandingPage.tsx';

/** /koordination: the coordination pages (and, for admins, the Verwaltung pages) the actor may use. */
export function registerLanding(app: FastifyInstance) {
  app.get(COORDINATION_PATH, { config: { access: 'coordination.view' } }, async (req, reply) => {
    const areas = coordinationAreas.filter((a) => can(req.actor, a.action));
    return reply.page(<LandingPage areas={areas} />);
  });
}
