/** The matching feature's front door (ADR 0016): what the app and other features use. */
export { registerMatching } from './routes.tsx';
export { type MenteeSituation, menteeSituation } from './situation.ts';
export { awayKey } from './views/labels.ts';
