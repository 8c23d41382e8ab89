import type { FastifyInstance } from 'fastify';
import { registerTipFiles } from './files.tsx';
import { registerTipLists } from './list.tsx';
import { registerProposal } from './propose.tsx';
import { registerTip } from './tip.tsx';

/** Praxistipps: the list, one's own, the review, a tip's page, its files; an answer turned into a tip. */
export async function registerTips(app: FastifyInstance) {
  registerTipLists(app);
  registerTip(app);
  await registerTipFiles(app);
  registerProposal(app);
}
