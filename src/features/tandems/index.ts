export { endTandem, givePriority } from './ending/service.ts';
export { tandemJobs } from './jobs.ts';
export {
  COORDINATION_TANDEMS_PATH,
  SUPPORT_CASES_PATH,
  supportCasePath,
  tandemEndPath,
  tandemPath,
} from './paths.ts';
export { registerTandems } from './routes.tsx';
export { E as HELP_ERRORS, MAX_MESSAGE, requiredText } from './support/schema.ts';
export { currentYear, type Duty, dutyFor, dutyPercent, parseYear, yearRange } from './time/duty.ts';
export { LOGGING_STATUSES } from './time/queries.ts';
export { formatDays, formatDuration, formatHours } from './time/views/labels.ts';
export { YearChoice } from './time/views/YearChoice.tsx';
export { endKindKey, statusKey } from './workspace/views/labels.ts';
