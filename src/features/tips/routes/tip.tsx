import type { FastifyInstance, FastifyRequest } from 'fastify';
import { communityAccess, editsTip, requireTip, type TipInSpace } from '../../../access/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { parseForm, submittedValues } from '../../../platform/forms.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { posting } from '../../community/index.ts';
import { TIPS, tipAction, tipPath } from '../paths.ts';
import { spaceTopics, tipDetails } from '../queries.ts';
import { helpfulForm, reviewForm } from '../schema.ts';
import { setHelpful } from '../service/helpful.ts';
import { type Decision, reviewTip } from '../service/review.ts';
import { editTip, submitTip, withdrawTip } from '../service/tips.ts';
import { TipFormPage } from '../views/TipFormPage.tsx';
import { TipPage } from '../views/TipPage.tsx';
import { readTipForm, tipValues } from './form.ts';

export type TipParams = { Params: { id: string } };

/** The tip's page, with what was typed and why it was refused after a failed form. */
export async function tipView(
  req: FastifyRequest,
  found: TipInSpace,
  values: Record<string, string> = {},
  errors?: FormErrors,
) {
  const db = req.server.deps.database.db;
  return (
    <TipPage
      view={{
        found,
        details: await tipDetails(db, found.tip, found.member.actor.userId),
        edits: editsTip(found),
        values,
        errors,
      }}
    />
  );
}

const DECISIONS: Record<string, Decision> = {
  veroeffentlichen: 'publish',
  zurueckgeben: 'return',
  ablehnen: 'reject',
};

const FLASH = {
  publish: 'tips.flash.published',
  return: 'tips.flash.returned',
  reject: 'tips.flash.rejected',
} as const;

/** /austausch/praxistipps/:id: read, edit, submit, withdraw, review, mark helpful. */
export function registerTip(app: FastifyInstance) {
  const db = app.deps.database.db;

  const formView = async (
    found: TipInSpace,
    values: Record<string, string>,
    selected: string[],
    errors?: FormErrors,
  ) => (
    <TipFormPage
      view={{
        space: found.space,
        topics: await spaceTopics(db, found.space, found.member),
        action: tipAction(found.tip.id, 'bearbeiten'),
        back: tipPath(found.tip.id),
        mayDraft: found.isAuthor && found.tip.state !== 'submitted' && found.tip.state !== 'published',
        editing: true,
        values,
        selectedTopics: selected,
        errors,
      }}
    />
  );

  app.get<TipParams>(tipPath(':id'), communityAccess, async (req, reply) => {
    const found = await requireTip(req, req.params.id);
    return reply.page(await tipView(req, found));
  });

  app.get<TipParams>(tipAction(':id', 'bearbeiten'), communityAccess, async (req, reply) => {
    const found = await requireTip(req, req.params.id);
    if (!editsTip(found)) return reply.redirect(tipPath(found.tip.id), 303);
    const details = await tipDetails(db, found.tip, found.member.actor.userId);
    return reply.page(
      await formView(
        found,
        tipValues(found.tip),
        details.topics.map((t) => t.id),
      ),
    );
  });

  app.post<TipParams>(tipAction(':id', 'bearbeiten'), posting, async (req, reply) => {
    const found = await requireTip(req, req.params.id);
    const { form, selectedTopics } = readTipForm(req.body);
    if (!form.ok) return reply.page(await formView(found, form.values, selectedTopics, form.errors), 422);
    const saved = await editTip(app.deps, found, form.data);
    if (!saved.ok) {
      return reply.page(
        await formView(found, submittedValues(req.body), selectedTopics, {
          [saved.field!.name]: saved.field!.message,
        }),
        saved.reason === 'state' ? 409 : 422,
      );
    }
    const submitted = form.data.submit && found.isAuthor && !found.reviews;
    return reply
      .flash('success', submitted ? 'tips.flash.submitted' : 'tips.flash.saved')
      .redirect(tipPath(found.tip.id), 303);
  });

  app.post<TipParams>(tipAction(':id', 'einreichen'), posting, async (req, reply) => {
    const found = await requireTip(req, req.params.id);
    const done = await submitTip(app.deps, found);
    if (!done.ok) return reply.page(await tipView(req, found, {}, { aktion: 'tips.error.state' }), 409);
    return reply.flash('success', 'tips.flash.submitted').redirect(tipPath(found.tip.id), 303);
  });

  app.post<TipParams>(tipAction(':id', 'zurueckziehen'), posting, async (req, reply) => {
    const found = await requireTip(req, req.params.id);
    const done = await withdrawTip(app.deps, found);
    if (!done.ok) return reply.page(await tipView(req, found, {}, { aktion: 'tips.error.state' }), 409);
    return reply
      .flash('success', found.tip.state === 'proposed' ? 'tips.flash.declined' : 'tips.flash.deleted')
      .redirect(TIPS, 303);
  });

  app.post<TipParams>(tipAction(':id', 'pruefung'), posting, async (req, reply) => {
    const found = await requireTip(req, req.params.id);
    if (!found.reviews) throw notFound();
    const form = parseForm(reviewForm, req.body);
    if (!form.ok) return reply.page(await tipView(req, found, form.values, form.errors), 422);
    const decision = DECISIONS[form.data.entscheidung]!;
    const done = await reviewTip(app.deps, found, decision, form.data.notiz);
    if (!done.ok) {
      return reply.page(
        await tipView(req, found, submittedValues(req.body), { entscheidung: done.field!.message }),
        409,
      );
    }
    return reply.flash('success', FLASH[decision]).redirect(tipPath(found.tip.id), 303);
  });

  app.post<TipParams>(tipAction(':id', 'hilfreich'), posting, async (req, reply) => {
    const found = await requireTip(req, req.params.id);
    const form = parseForm(helpfulForm, req.body);
    if (!form.ok || !(await setHelpful(app.deps, found, form.data.hilfreich === 'ja')).ok) {
      return reply.page(await tipView(req, found), 409);
    }
    return reply.redirect(`${tipPath(found.tip.id)}#hilfreich-titel`, 303);
  });
}
