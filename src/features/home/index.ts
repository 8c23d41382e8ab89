/** The start page and the language switch (ADR 0016: the app registers them from here). */
export { registerHome } from './routes.tsx';
