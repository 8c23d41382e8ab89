import type { FastifyInstance } from 'fastify';
import { registerHistoryRoutes } from './routes/history.tsx';
import { registerMeetingRoutes } from './routes/meeting.tsx';
import { registerPlanRoutes } from './routes/plan.tsx';
import { registerRecordRoutes } from './routes/record.tsx';

/**
 * Meetings of a tandem (/tandems/:id/treffen…, /tandems/:id/kontakte), for its two members only:
 * planning, the .ics, preparation, the record after the meeting and short contacts.
 */
export function registerMeetings(app: FastifyInstance) {
  registerPlanRoutes(app);
  registerMeetingRoutes(app);
  registerRecordRoutes(app);
  registerHistoryRoutes(app);
}
