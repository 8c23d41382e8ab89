export {
  COORDINATION_TANDEMS_PATH,
  SUPPORT_CASES_PATH,
  supportCasePath,
  tandemEndPath,
} from '../tandems/index.ts';

/** The coordination area's landing page: every coordination page the actor may use. */
export const COORDINATION_PATH = '/koordination';
/** Coordinators open a case for a tandem from the attention list. */
export const openCasePath = (tandemId: string) => `/koordination/tandems/${tandemId}/fall`;
export const FEEDBACK_FIGURES_PATH = '/koordination/rueckmeldungen';
export const COORDINATION_TIME_PATH = '/koordination/mentoring-zeit';
export const SETTINGS_PATH = '/koordination/tandem-einstellungen';
export const settingsPath = (slug: string) => `${SETTINGS_PATH}/${slug}`;
