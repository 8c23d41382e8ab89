/** The registration feature's front door (ADR 0016): what the app and other features use. */
export { registerRegistration } from './routes.tsx';
export { ReturnToPool } from './views/profile.tsx';
