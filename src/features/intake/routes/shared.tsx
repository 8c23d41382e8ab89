import type { FastifyReply, FastifyRequest } from 'fastify';
import { requireCoordinatedParticipation } from '../../../access/index.ts';
import { translator } from '../../../i18n/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { isoDate, isoTime, toBerlin } from '../../../platform/time.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { menteeSituation } from '../../matching/index.ts';
import { loadDetail, type Participation } from '../queries/detail.ts';
import { canMove, canRefineStrengths, type Outcome } from '../service/transitions.ts';
import { DetailPage } from '../views/DetailPage.tsx';
import type { DetailView } from '../views/detail-view.ts';
import { detailPath, statusKey } from '../views/labels.ts';

/** Every intake route requires 'intake.manage'; the guard has let only such actors through. */
export const access = { config: { access: 'intake.manage' as const } };

export type IdParams = { Params: { id: string } };

export interface DetailOptions {
  errors?: FormErrors;
  values?: Record<string, string>;
  selectedTopics?: readonly string[];
  selectedRoles?: readonly string[];
  conflict?: DetailView['conflict'];
}

/**
 * The detail page of the person's registration in the programme (every role of theirs), with the
 * forms the statuses allow, prefilled (or refilled after an error).
 */
export async function detailPage(req: FastifyRequest, p: Participation, options: DetailOptions = {}) {
  const db = req.server.deps.database.db;
  const detail = await loadDetail(db, p);
  const group = detail.roles.map((r) => r.participation);
  const planned = group.find((x) => x.status === 'intake_scheduled' && x.intakeAt);
  const intakeAt = planned?.intakeAt ?? p.intakeAt;
  const intake = intakeAt ? toBerlin(intakeAt) : null;
  const mentor = group.find((x) => canRefineStrengths(x)) ?? null;
  const mentee = group.find((x) => x.role === 'mentee' && x.status === 'accepted');
  // The decline text is written to the participant: prefilled in their language.
  const declineDefault = translator(detail.person.locale)('intake.decline.default', {
    programme: detail.programme.name,
    contact: detail.programme.contactEmail,
  });
  const view: DetailView = {
    detail,
    can: {
      schedule: group.some((x) => canMove(x.status, 'intake_scheduled')),
      rescheduling: planned !== undefined,
      hold: group.some((x) => canMove(x.status, 'intake_held')),
      accept: group.filter((x) => canMove(x.status, 'accepted')),
      decline: group.filter((x) => canMove(x.status, 'not_eligible')),
      strengths: mentor,
    },
    values: {
      datum: intake ? isoDate(intake) : '',
      uhrzeit: intake ? isoTime(intake) : '',
      staerken: mentor?.strengths ?? '',
      mailtext: declineDefault,
      ...options.values,
    },
    selectedTopics: options.selectedTopics ?? mentor?.topicsOffered ?? [],
    selectedRoles: options.selectedRoles ?? [],
    conflict: options.conflict,
    errors: options.errors,
    matching: mentee ? await menteeSituation(db, mentee.id) : 'free',
  };
  return <DetailPage view={view} />;
}

/**
 * Success: back to the detail page with a message. Otherwise the page again, saying what went
 * wrong; a conflict names the status now and the one the change (`to`) wanted.
 */
export async function finish(
  req: FastifyRequest,
  reply: FastifyReply,
  p: Participation,
  outcome: Outcome,
  success: Parameters<FastifyReply['flash']>[1],
  refill: Omit<DetailOptions, 'errors' | 'conflict'> & { to?: Participation['status'] } = {},
) {
  if (outcome.ok) return reply.flash('success', success).redirect(detailPath(p.id), 303);
  if (outcome.reason === 'not-found') throw notFound();
  const current = await requireCoordinatedParticipation(req, p.id);
  if (outcome.field) {
    const errors = { [outcome.field.name]: outcome.field.message };
    return reply.page(await detailPage(req, current, { ...refill, errors }), 422);
  }
  const conflict: DetailView['conflict'] =
    outcome.reason === 'strengths-closed'
      ? { key: 'intake.conflict.strengths' }
      : {
          key: 'intake.conflict.text',
          vars: { from: req.t(statusKey(current.status)), to: req.t(statusKey(refill.to ?? p.status)) },
        };
  return reply.page(await detailPage(req, current, { ...refill, conflict }), 409);
}
