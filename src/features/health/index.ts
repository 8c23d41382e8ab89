/** /healthz and /readyz (ADR 0016). */
export { registerHealth } from './routes.ts';
