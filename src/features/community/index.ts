/** Austausch und Wissen, the community area (ADR 0019): its front door. */
export { COMMUNITY } from './paths.ts';
export { registerCommunity } from './routes/index.ts';
export { indexDocument, type SearchDocument, setSearchVisible } from './search/indexing.ts';
export { type SeedThread, seedThread } from './service/seed.ts';
