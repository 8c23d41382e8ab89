/** The outbox viewer in development and demo mode (ADR 0016). */
export { registerDevMails } from './routes.tsx';
