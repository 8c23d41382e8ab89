import type { FastifyInstance } from 'fastify';
import { registerModeration } from '../moderation/routes/index.ts';
import { registerPosts } from './posts.tsx';
import { registerSearch } from './search.tsx';
import { registerSpaces } from './spaces.tsx';
import { registerThreads } from './threads.tsx';

/** Austausch und Wissen: spaces, questions and answers, search, moderation. */
export function registerCommunity(app: FastifyInstance) {
  registerSpaces(app);
  registerSearch(app);
  registerThreads(app);
  registerPosts(app);
  registerModeration(app);
}
