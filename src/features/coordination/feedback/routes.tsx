import type { FastifyInstance } from 'fastify';
import { coordinatedProgrammes } from '../../../access/index.ts';
import { FEEDBACK_FIGURES_PATH } from '../paths.ts';
import { feedbackComments, feedbackFigures } from './queries.ts';
import { FeedbackStatsPage } from './views/FeedbackStatsPage.tsx';

/** /koordination/rueckmeldungen: the feedback figures and shared comments per programme, from five answers on. */
export function registerFeedbackFigures(app: FastifyInstance) {
  const db = app.deps.database.db;
  app.get(FEEDBACK_FIGURES_PATH, { config: { access: 'tandems.coordinate' } }, async (req, reply) => {
    const figures = [];
    for (const p of await coordinatedProgrammes(req))
      figures.push({
        id: p.id,
        name: p.name,
        figures: await feedbackFigures(db, p.id),
        comments: await feedbackComments(db, p.id),
      });
    return reply.page(<FeedbackStatsPage programmes={figures} />);
  });
}
