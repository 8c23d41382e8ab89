import type { FastifyInstance } from 'fastify';
import { registerDetailRoutes } from './routes/detail.tsx';
import { registerListRoutes } from './routes/list.tsx';

/** The intake pipeline at /koordination/anmeldungen: for the coordinators of each programme only. */
export function registerIntake(app: FastifyInstance) {
  registerListRoutes(app);
  registerDetailRoutes(app);
}
