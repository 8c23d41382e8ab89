import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireCoordinatedProgramme, requireSignedIn } from '../../../access/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { isUuid, parseForm, submittedValues } from '../../../platform/forms.ts';
import { findRound, type Programme, participantNames, type Round } from '../queries.ts';
import { rerunForm, roundForm } from '../schema.ts';
import { discardRound, publishRound, rerunRound, startRound } from '../service/rounds.ts';
import { RoundPage } from '../views/RoundPage.tsx';
import { overviewPage } from './overview.tsx';
import { access, BASE, type ProgrammeParams, roundPath } from './shared.ts';

type RoundParams = { Params: { programm: string; id: string } };

/** A round finishing within this time is shown at once; a longer one shows its progress. */
const WAIT_FOR_RESULT_MS = 1000;

async function loadRound(req: FastifyRequest<RoundParams>): Promise<{ programme: Programme; round: Round }> {
  const programme = await requireCoordinatedProgramme(req, req.params.programm, 'matching.manage');
  const round = isUuid(req.params.id) ? await findRound(req.server.deps.database.db, req.params.id) : null;
  if (!round || round.programmeId !== programme.id) throw notFound();
  return { programme, round };
}

async function roundPage(
  req: FastifyRequest,
  programme: Programme,
  round: Round,
  notice?: 'stale' | 'changed',
) {
  const ids = round.result
    ? [
        ...round.result.pairs.flatMap((p) => [p.menteeId, p.mentorId]),
        ...round.result.unmatched.map((u) => u.menteeId),
      ]
    : [];
  const people = await participantNames(req.server.deps.database.db, ids);
  const interrupted = round.status === 'running' && !req.server.matchingRounds.isRunning(round.id);
  return (
    <RoundPage
      programme={programme}
      round={round}
      people={people}
      interrupted={interrupted}
      notice={notice}
    />
  );
}

const waitBriefly = (done: Promise<void>) =>
  Promise.race([done, new Promise<void>((resolve) => setTimeout(resolve, WAIT_FOR_RESULT_MS).unref())]);

export function registerRoundRoutes(app: FastifyInstance) {
  const deps = app.deps;
  const runner = app.matchingRounds;
  const base = `${BASE}/:programm/runden`;

  app.post<ProgrammeParams>(base, access, async (req, reply) => {
    const programme = await requireCoordinatedProgramme(req, req.params.programm, 'matching.manage');
    const form = parseForm(roundForm, req.body);
    const values = submittedValues(req.body);
    if (!form.ok) return reply.page(await overviewPage(req, programme, { values, errors: form.errors }), 422);
    const { round, done } = await startRound(deps, runner, requireSignedIn(req), programme, {
      mode: form.data.modus,
      minScore: form.data.mindestpunktzahl,
    });
    await waitBriefly(done);
    return reply.redirect(roundPath(programme, round.id), 303);
  });

  app.get<RoundParams>(`${base}/:id`, access, async (req, reply) => {
    const { programme, round } = await loadRound(req);
    return reply.page(await roundPage(req, programme, round));
  });

  app.post<RoundParams>(`${base}/:id/neu-berechnen`, access, async (req, reply) => {
    const { programme, round } = await loadRound(req);
    const form = parseForm(rerunForm, req.body);
    const interrupted = round.status === 'running' && !runner.isRunning(round.id);
    if (!form.ok || !(round.status === 'draft' || round.status === 'failed' || interrupted)) {
      return conflict(req, reply, programme, round);
    }
    const started = await rerunRound(deps, runner, programme, round, {
      locked: form.data.fixieren,
      removed: form.data.entfernen,
    });
    if (!started.ok) return conflict(req, reply, programme, round);
    await waitBriefly(started.value.done);
    return reply.redirect(roundPath(programme, round.id), 303);
  });

  app.post<RoundParams>(`${base}/:id/veroeffentlichen`, access, async (req, reply) => {
    const { programme, round } = await loadRound(req);
    const outcome = await publishRound(deps, requireSignedIn(req), round);
    if (outcome.ok) {
      return reply
        .flash('success', 'matching.round.flash.published')
        .redirect(roundPath(programme, round.id), 303);
    }
    if (outcome.reason === 'stale') return reply.page(await roundPage(req, programme, round, 'stale'), 409);
    return conflict(req, reply, programme, round);
  });

  app.post<RoundParams>(`${base}/:id/verwerfen`, access, async (req, reply) => {
    const { programme, round } = await loadRound(req);
    if (!(await discardRound(deps, round)).ok) return conflict(req, reply, programme, round);
    return reply.flash('info', 'matching.round.flash.discarded').redirect(`${BASE}/${programme.slug}`, 303);
  });
}

/** The round changed meanwhile (published, discarded, running): the current state, with a 409. */
async function conflict(req: FastifyRequest, reply: FastifyReply, programme: Programme, round: Round) {
  const current = (await findRound(req.server.deps.database.db, round.id)) ?? round;
  return reply.page(await roundPage(req, programme, current, 'changed'), 409);
}
