import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type MemberTandem, memberAccess, requireMember, type TandemParams } from '../../../access/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { parseForm } from '../../../platform/forms.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { endedReply, isWritable } from '../core/state.tsx';
import { tandemPath } from '../paths.ts';
import { findGoal, findMilestone, goalsOf } from './queries.ts';
import { celebrateForm, goalForm, milestoneForm, reachedForm } from './schema.ts';
import { addGoal, addMilestone, celebrate, type Step, setReached } from './service.ts';
import { GoalsPage } from './views/GoalsPage.tsx';

type StepParams = { Params: { id: string; stepId: string } };

async function goalsPage(
  req: FastifyRequest,
  tandem: MemberTandem,
  values: Record<string, string> = {},
  errors?: FormErrors,
) {
  const goals = await goalsOf(req.server.deps.database.db, tandem.tandem.id);
  return (
    <GoalsPage
      view={{
        tandemId: tandem.tandem.id,
        partnerName: tandem.partner.name,
        goals,
        writable: isWritable(tandem),
        values,
        errors,
      }}
    />
  );
}

async function writable(req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  const tandem = await requireMember(req, req.params.id);
  if (isWritable(tandem)) return tandem;
  await endedReply(reply, tandem);
  return null;
}

const back = (tandem: MemberTandem) => tandemPath(tandem.tandem.id, 'ziele');

/** /tandems/:id/ziele: goals and milestones, reached and celebrated; for the two members only. */
export function registerMilestones(app: FastifyInstance) {
  const db = app.deps.database.db;

  app.get<TandemParams>(tandemPath(':id', 'ziele'), memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    return reply.page(await goalsPage(req, tandem));
  });

  app.post<TandemParams>(tandemPath(':id', 'ziele'), memberAccess, async (req, reply) => {
    const tandem = await writable(req, reply);
    if (!tandem) return reply;
    const form = parseForm(goalForm, req.body);
    if (!form.ok) return reply.page(await goalsPage(req, tandem, form.values, form.errors), 422);
    await addGoal(app.deps, tandem.tandem.id, form.data.ziel_titel);
    return reply.flash('success', 'tandems.milestones.flash.goalAdded').redirect(back(tandem), 303);
  });

  app.post<TandemParams>(tandemPath(':id', 'meilensteine'), memberAccess, async (req, reply) => {
    const tandem = await writable(req, reply);
    if (!tandem) return reply;
    const form = parseForm(milestoneForm, req.body);
    if (!form.ok) return reply.page(await goalsPage(req, tandem, form.values, form.errors), 422);
    const goal = await findGoal(db, tandem.tandem.id, form.data.ziel);
    if (!goal) {
      const errors = { ziel: 'tandems.milestones.error.goal.required' } as const;
      return reply.page(
        await goalsPage(req, tandem, { meilenstein_titel: form.data.meilenstein_titel }, errors),
        422,
      );
    }
    await addMilestone(app.deps, tandem.tandem.id, goal.id, form.data.meilenstein_titel);
    return reply.flash('success', 'tandems.milestones.flash.milestoneAdded').redirect(back(tandem), 303);
  });

  const reached = (step: Step, segment: string) =>
    app.post<StepParams>(tandemPath(':id', `${segment}/:stepId`), memberAccess, async (req, reply) => {
      const tandem = await writable(req, reply);
      if (!tandem) return reply;
      const found =
        step === 'ziel'
          ? await findGoal(db, tandem.tandem.id, req.params.stepId)
          : await findMilestone(db, tandem.tandem.id, req.params.stepId);
      if (!found) throw notFound();
      const form = parseForm(reachedForm, req.body);
      if (!form.ok)
        return reply.page(
          await goalsPage(req, tandem, {}, { erreicht: 'tandems.milestones.error.reached' }),
          422,
        );
      await setReached(app.deps, tandem.tandem.id, step, found.id, form.data.erreicht === 'ja');
      const flash =
        form.data.erreicht === 'ja'
          ? 'tandems.milestones.flash.reached'
          : 'tandems.milestones.flash.reopened';
      return reply.flash('success', flash).redirect(back(tandem), 303);
    });
  reached('ziel', 'ziele');
  reached('meilenstein', 'meilensteine');

  app.post<TandemParams>(tandemPath(':id', 'erfolge'), memberAccess, async (req, reply) => {
    const tandem = await writable(req, reply);
    if (!tandem) return reply;
    const form = parseForm(celebrateForm, req.body);
    if (!form.ok) throw notFound();
    const found =
      form.data.art === 'ziel'
        ? await findGoal(db, tandem.tandem.id, form.data.id)
        : await findMilestone(db, tandem.tandem.id, form.data.id);
    if (!found) throw notFound();
    const done = await celebrate(app.deps, tandem, form.data.art, found.id);
    return reply
      .flash(
        done ? 'success' : 'info',
        done ? 'tandems.milestones.flash.celebrated' : 'tandems.milestones.flash.notToCelebrate',
      )
      .redirect(back(tandem), 303);
  });
}
