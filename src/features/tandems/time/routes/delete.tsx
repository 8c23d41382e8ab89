import type { FastifyInstance } from 'fastify';
import { requireSignedIn } from '../../../../access/index.ts';
import { notFound } from '../../../../platform/errors.ts';
import { ownEntry } from '../queries.ts';
import { DeletePage } from '../views/DeletePage.tsx';
import { entryPath } from '../views/labels.ts';
import { db, timeAccess } from './shared.ts';

/** GET /mentoring-zeit/:entryId/loeschen: asks before an own entry is deleted (the POST deletes). */
export function registerDeleteQuestion(app: FastifyInstance) {
  app.get<{ Params: { entryId: string } }>(
    `${entryPath(':entryId')}/loeschen`,
    timeAccess,
    async (req, reply) => {
      const entry = await ownEntry(db(req), requireSignedIn(req).userId, req.params.entryId);
      if (!entry) throw notFound();
      return reply.page(<DeletePage entry={entry} />);
    },
  );
}
