/** Austausch und Wissen, the community area (ADR 0019): its front door. */
export { COMMUNITY, proposeTipPath } from './paths.ts';
export { registerCommunity } from './routes/index.ts';
export { posting } from './routes/options.ts';
export { indexDocument, type SearchDocument, setSearchVisible } from './search/indexing.ts';
export { type SeedThread, seedThread } from './service/seed.ts';
export { type SpaceTopic, topicsOfSpace } from './service/topics.ts';
export { TopicChoice } from './views/AskPage.tsx';
export { Byline, spaceName, TopicList } from './views/parts.tsx';
