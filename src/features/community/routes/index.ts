import type { FastifyInstance } from 'fastify';
import { registerPosts } from './posts.tsx';
import { registerSearch } from './search.tsx';
import { registerSpaces } from './spaces.tsx';
import { registerThreads } from './threads.tsx';

/** Austausch und Wissen: spaces, questions and answers, search. */
export function registerCommunity(app: FastifyInstance) {
  registerSpaces(app);
  registerSearch(app);
  registerThreads(app);
  registerPosts(app);
}
