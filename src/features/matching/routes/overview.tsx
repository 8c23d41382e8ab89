import type { FastifyInstance, FastifyRequest } from 'fastify';
import { coordinatedProgrammes, requireCoordinatedProgramme } from '../../../access/index.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { programmeProposals } from '../../proposals/index.ts';
import { listRounds, listTandems, loadPool, type Programme } from '../queries.ts';
import { OverviewPage } from '../views/OverviewPage.tsx';
import { ProgrammesPage } from '../views/ProgrammesPage.tsx';
import { access, BASE, type ProgrammeParams, programmePath } from './shared.ts';

export interface RoundFormState {
  values: Record<string, string>;
  errors?: FormErrors;
}

/** The programme's matching overview: the pool, the round form, rounds, proposals and tandems. */
export async function overviewPage(
  req: FastifyRequest,
  programme: Programme,
  roundForm: RoundFormState = { values: { modus: 'score', mindestpunktzahl: '40' } },
) {
  const db = req.server.deps.database.db;
  const pool = await loadPool(db, programme);
  const rounds = await listRounds(db, programme.id);
  const proposals = await programmeProposals(db, programme.id);
  const tandems = await listTandems(db, programme.id);
  return (
    <OverviewPage
      programme={programme}
      pool={pool}
      rounds={rounds}
      proposals={proposals}
      tandems={tandems}
      roundForm={roundForm}
    />
  );
}

export function registerOverviewRoutes(app: FastifyInstance) {
  app.get(BASE, access, async (req, reply) => {
    const list = await coordinatedProgrammes(req);
    if (list.length === 1) return reply.redirect(programmePath(list[0]!), 303);
    return reply.page(<ProgrammesPage programmes={list} />);
  });

  app.get<ProgrammeParams>(`${BASE}/:programm`, access, async (req, reply) => {
    const programme = await requireCoordinatedProgramme(req, req.params.programm, 'matching.manage');
    return reply.page(await overviewPage(req, programme));
  });
}
