/** The coordination area (/koordination/…): what other features, app.ts, server.ts and bench use. */

export { sweepStalledTandems } from './attention/service.ts';
export { coordinationJobs, registerCoordination } from './routes.tsx';
