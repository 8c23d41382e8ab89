import type { FastifyInstance } from 'fastify';
import { registerDeleteQuestion } from './routes/delete.tsx';
import { registerEntryRoutes } from './routes/entries.tsx';
import { registerProofRoute } from './routes/proof.ts';

/** /mentoring-zeit: the mentor's own time, its proof (PDF); the coordinators' totals are in features/coordination. */
export function registerTime(app: FastifyInstance) {
  registerEntryRoutes(app);
  registerDeleteQuestion(app);
  registerProofRoute(app);
}
