export { tandemJobs } from './jobs.ts';
export { registerTandems } from './routes.tsx';
