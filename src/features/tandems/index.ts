export { tandemJobs } from './jobs.ts';
export { COORDINATION_TANDEMS_PATH } from './paths.ts';
export { registerTandems } from './routes.tsx';
