import type { FastifyInstance } from 'fastify';
import type { JobHandler } from '../../jobs/index.ts';
import type { ServiceDeps } from '../../mail/with-mails.ts';
import { attentionJobs } from './attention/jobs.ts';
import { registerAttention } from './attention/routes.tsx';
import { registerFeedbackFigures } from './feedback/routes.tsx';
import { registerLanding } from './landing/routes.tsx';
import { registerTandemSettings } from './settings/routes.tsx';
import { registerSupportCases } from './support/routes.tsx';
import { registerCoordinationTime } from './time/routes.tsx';

/**
 * The coordinators' pages about tandems, without their contents: the landing page /koordination,
 * the attention list, support cases, mentoring-time totals, feedback figures and a programme's
 * tandem settings. The members' workspace is features/tandems; this area reads it through its index.ts.
 */
export function registerCoordination(app: FastifyInstance) {
  registerLanding(app);
  registerAttention(app);
  registerSupportCases(app);
  registerFeedbackFigures(app);
  registerCoordinationTime(app);
  registerTandemSettings(app);
}

export function coordinationJobs(deps: ServiceDeps): JobHandler[] {
  return attentionJobs(deps);
}
