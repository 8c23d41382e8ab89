/** The intake feature's front door (ADR 0016): what the app and other features use. */
export { registerIntake } from './routes.tsx';
