/** The methods library and the mentor training of Austausch und Wissen: its front door. */
export { LIBRARY, MODULES } from './paths.ts';
export { registerLibrary } from './routes/index.ts';
export { type SeedItem, type SeedModule, seedItem, seedModule } from './service/seed.ts';
