import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type OwnProposal, requireOwnProposal, requireSignedIn } from '../../../access/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { parseForm } from '../../../platform/forms.ts';
import { refused } from '../../../platform/result.ts';
import { ownProposals } from '../own.ts';
import { declineForm } from '../schema.ts';
import {
  type AnswerOutcome,
  type AnswerRefusal,
  acceptProposal,
  declineProposal,
} from '../service/answer.ts';
import { answerable, effectiveStatus } from '../status.ts';
import { ListPage } from '../views/ListPage.tsx';
import { LIST_PATH, proposalPath, statusKey } from '../views/labels.ts';
import { access, detailPage, type IdParams } from './shared.tsx';

const FLASH: Record<'waiting' | 'tandem' | 'declined', MessageKey> = {
  waiting: 'proposals.flash.accepted',
  tandem: 'proposals.flash.tandem',
  declined: 'proposals.flash.declined',
};

/** Why an answer is refused, as the page says it. */
function conflictOf(req: FastifyRequest, reason: Exclude<AnswerRefusal, 'not-found'>) {
  if (reason === 'answered') return { key: 'proposals.conflict.answered' as const };
  if (reason === 'expired') return { key: 'proposals.conflict.expired' as const };
  return { key: 'proposals.conflict.closed' as const, vars: { status: req.t(statusKey(reason)) } };
}

async function finish(
  req: FastifyRequest<IdParams>,
  reply: FastifyReply,
  outcome: AnswerOutcome,
  values?: { grund: string },
) {
  if (outcome.ok) {
    return reply.flash('success', FLASH[outcome.value]).redirect(proposalPath(req.params.id), 303);
  }
  if (outcome.reason === 'not-found') throw notFound();
  const current = await requireOwnProposal(req, req.params.id);
  return reply.page(
    await detailPage(req, current, { values, conflict: conflictOf(req, outcome.reason) }),
    409,
  );
}

/** The refusal for a proposal this person can no longer answer, before any form is read. */
function refusal(own: OwnProposal, now: Date): AnswerOutcome | null {
  if (answerable(own, now)) return null;
  const status = effectiveStatus(own.proposal, now);
  return refused(status === 'pending' ? 'answered' : status);
}

/** /vorschlaege: a person's matching proposals, each with the partner, the reasons and the answer. */
export function registerProposalPages(app: FastifyInstance) {
  const deps = app.deps;

  app.get(LIST_PATH, access, async (req, reply) => {
    const actor = requireSignedIn(req);
    const now = deps.clock();
    const rows = (await ownProposals(deps.database.db, actor.userId)).map((r) => ({
      ...r,
      status: effectiveStatus(r, now),
    }));
    return reply.page(<ListPage rows={rows} />);
  });

  app.get<IdParams>(`${LIST_PATH}/:id`, access, async (req, reply) => {
    const own = await requireOwnProposal(req, req.params.id);
    return reply.page(await detailPage(req, own));
  });

  app.post<IdParams>(`${LIST_PATH}/:id/annehmen`, access, async (req, reply) => {
    const own = await requireOwnProposal(req, req.params.id);
    const refused = refusal(own, deps.clock());
    if (refused) return finish(req, reply, refused);
    const outcome = await acceptProposal(deps, {
      proposalId: own.proposal.id,
      userId: requireSignedIn(req).userId,
    });
    return finish(req, reply, outcome);
  });

  app.post<IdParams>(`${LIST_PATH}/:id/ablehnen`, access, async (req, reply) => {
    const own = await requireOwnProposal(req, req.params.id);
    const refused = refusal(own, deps.clock());
    if (refused) return finish(req, reply, refused);
    const form = parseForm(declineForm, req.body);
    if (!form.ok) {
      const values = { grund: form.values.grund ?? '' };
      return reply.page(await detailPage(req, own, { values, errors: form.errors }), 422);
    }
    const outcome = await declineProposal(deps, {
      proposalId: own.proposal.id,
      userId: requireSignedIn(req).userId,
      reason: form.data.grund,
    });
    return finish(req, reply, outcome, { grund: form.data.grund });
  });
}
