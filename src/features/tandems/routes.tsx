import type { FastifyInstance } from 'fastify';
import { registerCalendar } from './calendar/routes.tsx';
import { registerCoordination } from './coordination/routes.tsx';
import { registerEnding } from './ending/routes.tsx';
import { registerGoals } from './goals/routes.tsx';
import { registerKickoff } from './kickoff/routes.tsx';
import { registerMeetings } from './meetings/routes.tsx';
import { registerTandemSettings } from './settings/routes.tsx';
import { registerSupport } from './support/routes.tsx';
import { registerTime } from './time/routes.tsx';
import { registerTodos } from './todos/routes.tsx';
import { registerWorkspace } from './workspace/routes.tsx';

/**
 * The tandem workspace (/tandems, for the two members of each tandem only), the mentoring time
 * (/mentoring-zeit), the calendar feed (/kalender) and the coordinators' views without contents.
 */
export function registerTandems(app: FastifyInstance) {
  registerWorkspace(app);
  registerKickoff(app);
  registerGoals(app);
  registerMeetings(app);
  registerTodos(app);
  registerCalendar(app);
  registerTime(app);
  registerSupport(app);
  registerEnding(app);
  registerCoordination(app);
  registerTandemSettings(app);
}
