import type { FastifyInstance } from 'fastify';
import { registerCoordinationTime } from './routes/coordination.tsx';
import { registerDeleteQuestion } from './routes/delete.tsx';
import { registerEntryRoutes } from './routes/entries.tsx';
import { registerProofRoute } from './routes/proof.ts';

/** /mentoring-zeit: the mentor's own time, its proof (PDF); /koordination/mentoring-zeit: the totals. */
export function registerTime(app: FastifyInstance) {
  registerEntryRoutes(app);
  registerDeleteQuestion(app);
  registerProofRoute(app);
  registerCoordinationTime(app);
}
