import type { FastifyInstance } from 'fastify';
import { registerProgrammeAdmin } from './routes/admin.tsx';
import { registerCoordinators } from './routes/coordinators.tsx';
import { registerTopics } from './routes/topics.tsx';

/** Programme data (admins), topic lists (admins and the programme's coordinators), coordination (admins). */
export function registerProgrammes(app: FastifyInstance) {
  registerProgrammeAdmin(app);
  registerTopics(app);
  registerCoordinators(app);
}
