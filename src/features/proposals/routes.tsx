import type { FastifyInstance } from 'fastify';
import { registerProposalPages } from './routes/pages.tsx';

/** Matching proposals at /vorschlaege: for the two people of each proposal only. */
export function registerProposals(app: FastifyInstance) {
  registerProposalPages(app);
}
