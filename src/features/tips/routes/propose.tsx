import type { FastifyInstance } from 'fastify';
import { requireThread } from '../../../access/index.ts';
import { posting } from '../../community/index.ts';
import { fromAnswerPath, tipPath } from '../paths.ts';
import { proposeFromAnswer } from '../service/propose.ts';

/** On a question: its accepted answer becomes a Praxistipp draft (the answer's author agrees first). */
export function registerProposal(app: FastifyInstance) {
  app.post<{ Params: { id: string } }>(fromAnswerPath(':id'), posting, async (req, reply) => {
    const found = await requireThread(req, req.params.id);
    const done = await proposeFromAnswer(app.deps, found);
    if (!done.ok) {
      return reply
        .flash('warning', done.reason === 'noSolution' ? 'tips.flash.noSolution' : 'tips.flash.notAllowed')
        .redirect(`/austausch/fragen/${found.thread.id}`, 303);
    }
    return reply.flash('success', 'tips.flash.proposed').redirect(tipPath(done.value), 303);
  });
}
