import type { FastifyReply, FastifyRequest } from 'fastify';
import { translator } from '../../../i18n/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { can, type SignedInActor } from '../../../policy/index.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { menteeSituation } from '../../matching/situation.ts';
import { findScopedParticipation, loadDetail, type Participation } from '../queries/detail.ts';
import { canMove, canRefineStrengths, type Outcome } from '../service/transitions.ts';
import { isoDate, isoTime, toBerlin } from '../time.ts';
import { DetailPage, type DetailView } from '../views/DetailPage.tsx';
import { detailPath, statusKey } from '../views/labels.ts';

/** Every intake route requires 'intake.manage'; the guard has let only such actors through. */
export const access = { config: { access: 'intake.manage' as const } };

export type IdParams = { Params: { id: string } };

export function intakeActor(req: FastifyRequest): SignedInActor {
  if (req.actor.kind === 'anonymous') throw notFound();
  return req.actor;
}

/** Another programme's participation, an unknown id and a malformed one all answer 404 alike. */
export async function loadParticipation(req: FastifyRequest, id: string): Promise<Participation> {
  const actor = intakeActor(req);
  const p = await findScopedParticipation(req.server.deps.database.db, actor.programmeIds, id);
  if (!p || !can(actor, 'intake.manage', p)) throw notFound();
  return p;
}

export interface DetailOptions {
  errors?: FormErrors;
  values?: Record<string, string>;
  selectedTopics?: readonly string[];
  conflict?: DetailView['conflict'];
}

/** The detail page with the forms the status allows, prefilled (or refilled after an error). */
export async function detailPage(req: FastifyRequest, p: Participation, options: DetailOptions = {}) {
  const detail = await loadDetail(req.server.deps.database.db, p);
  const intake = p.intakeAt ? toBerlin(p.intakeAt) : null;
  // The decline text is written to the participant: prefilled in their language.
  const declineDefault = translator(detail.person.locale)('intake.decline.default', {
    programme: detail.programme.name,
    contact: detail.programme.contactEmail,
  });
  const view: DetailView = {
    detail,
    can: {
      schedule: canMove(p.status, 'intake_scheduled'),
      hold: canMove(p.status, 'intake_held'),
      accept: canMove(p.status, 'accepted'),
      decline: canMove(p.status, 'not_eligible'),
      strengths: canRefineStrengths(p),
    },
    values: {
      datum: intake ? isoDate(intake) : '',
      uhrzeit: intake ? isoTime(intake) : '',
      staerken: p.strengths,
      mailtext: declineDefault,
      ...options.values,
    },
    selectedTopics: options.selectedTopics ?? p.topicsOffered,
    conflict: options.conflict,
    errors: options.errors,
    matching:
      p.role === 'mentee' && p.status === 'accepted'
        ? await menteeSituation(req.server.deps.database.db, p.id)
        : 'free',
  };
  return <DetailPage view={view} />;
}

/** Success: back to the detail page with a message. Otherwise the page again, saying what went wrong. */
export async function finish(
  req: FastifyRequest,
  reply: FastifyReply,
  p: Participation,
  outcome: Outcome,
  success: Parameters<FastifyReply['flash']>[1],
  refill: Omit<DetailOptions, 'errors' | 'conflict'> = {},
) {
  if (outcome.kind === 'ok') return reply.flash('success', success).redirect(detailPath(p.id), 303);
  if (outcome.kind === 'not-found') throw notFound();
  const current = await loadParticipation(req, p.id);
  if (outcome.kind === 'invalid') {
    return reply.page(
      await detailPage(req, current, { ...refill, errors: { [outcome.field]: outcome.key } }),
      422,
    );
  }
  const conflict: DetailView['conflict'] =
    outcome.kind === 'conflict'
      ? {
          key: 'intake.conflict.text',
          vars: { from: req.t(statusKey(outcome.from)), to: req.t(statusKey(outcome.to)) },
        }
      : { key: outcome.key };
  return reply.page(await detailPage(req, current, { ...refill, conflict }), 409);
}
