/** The public content pages and their editing by admins (ADR 0016). */
export { registerContentPages } from './routes.tsx';
