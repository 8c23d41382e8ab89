import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Programme } from '../../../access/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { isUuid, parseForm } from '../../../platform/forms.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { listCoordinators } from '../queries.ts';
import { coordinatorForm } from '../schema.ts';
import { assignCoordinator, removeCoordinator } from '../service.ts';
import { CoordinatorsPage } from '../views/Coordinators.tsx';
import { actorOf, programmeOr404, type SlugParams } from './shared.ts';

/** Admins: who coordinates a programme. Adding and removing are role changes (audited, sessions end). */
export function registerCoordinators(app: FastifyInstance) {
  const db = app.deps.database.db;
  const access = { config: { access: 'programmes.edit' as const } };
  const base = (p: Programme) => `/verwaltung/programme/${p.slug}/koordination`;

  async function render(
    reply: FastifyReply,
    programme: Programme,
    failed?: { errors: FormErrors; values: Record<string, string> },
  ) {
    return reply.page(
      <CoordinatorsPage
        programme={programme}
        coordinators={await listCoordinators(db, programme.id)}
        errors={failed?.errors}
        values={failed?.values}
      />,
      failed ? 422 : 200,
    );
  }

  app.get<{ Params: SlugParams }>('/verwaltung/programme/:slug/koordination', access, async (req, reply) =>
    render(reply, await programmeOr404(req, req.params.slug)),
  );

  app.post<{ Params: SlugParams }>('/verwaltung/programme/:slug/koordination', access, async (req, reply) => {
    const programme = await programmeOr404(req, req.params.slug);
    const form = parseForm(coordinatorForm, req.body);
    if (!form.ok) return render(reply, programme, form);
    const result = await assignCoordinator(db, {
      programme,
      email: form.data.email,
      ...actorOf(req),
      now: app.deps.clock(),
    });
    if (!result.ok) {
      const errors = result.field ? { [result.field.name]: result.field.message } : {};
      return render(reply, programme, { errors, values: { email: form.data.email } });
    }
    return reply.flash('success', 'programmes.coordinators.added').redirect(base(programme), 303);
  });

  app.post<{ Params: SlugParams & { userId: string } }>(
    '/verwaltung/programme/:slug/koordination/:userId/entfernen',
    access,
    async (req, reply) => {
      const programme = await programmeOr404(req, req.params.slug);
      if (!isUuid(req.params.userId)) throw notFound();
      const result = await removeCoordinator(db, {
        programme,
        userId: req.params.userId,
        ...actorOf(req),
        now: app.deps.clock(),
      });
      if (!result.ok) throw notFound();
      return reply.flash('success', 'programmes.coordinators.removed').redirect(base(programme), 303);
    },
  );
}
