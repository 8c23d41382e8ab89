import type { FastifyInstance } from 'fastify';
import { memberAccess, requireMember, type TandemParams } from '../../../../access/index.ts';
import { tandemPath } from '../../paths.ts';
import { meetingHistory } from '../queries.ts';
import { HistoryPage } from '../views/HistoryPage.tsx';

/** /tandems/:id/verlauf: the whole history; the workspace shows the latest meetings only. */
export function registerHistoryRoutes(app: FastifyInstance) {
  app.get<TandemParams>(tandemPath(':id', 'verlauf'), memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    const rows = await meetingHistory(app.deps.database.db, tandem.tandem.id);
    return reply.page(
      <HistoryPage tandemId={tandem.tandem.id} partnerName={tandem.partner.name} rows={rows} />,
    );
  });
}
