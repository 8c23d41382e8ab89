import type { FastifyInstance } from 'fastify';
import { registerAgreement } from './agreement/routes.tsx';
import { registerCalendar } from './calendar/routes.tsx';
import { registerEnding } from './ending/routes.tsx';
import { registerFeedback } from './feedback/routes.tsx';
import { registerMeetings } from './meetings/routes.tsx';
import { registerMilestones } from './milestones/routes.tsx';
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
  registerAgreement(app);
  registerMilestones(app);
  registerMeetings(app);
  registerTodos(app);
  registerCalendar(app);
  registerTime(app);
  registerSupport(app);
  registerEnding(app);
  registerFeedback(app);
}
