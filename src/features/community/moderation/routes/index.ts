import type { FastifyInstance } from 'fastify';
import { registerModerationActions } from './actions.tsx';
import { registerReports } from './report.tsx';

/** Moderation of the community area: reports, the queue at /koordination/moderation, the actions. */
export function registerModeration(app: FastifyInstance) {
  registerReports(app);
  registerModerationActions(app);
}
