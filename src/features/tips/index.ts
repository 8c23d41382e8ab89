/** Praxistipps of the community area (ADR 0020): its front door. */
export { fromAnswerPath, TIPS, tipPath } from './paths.ts';
export { tipOfAnswer } from './queries.ts';
export { registerTips } from './routes/index.ts';
export { type SeedTip, seedTip } from './service/seed.ts';
