import type { FastifyInstance } from 'fastify';
import { requireCoordinatedParticipation, requireSignedIn } from '../../../access/index.ts';
import { asList, parseForm, submittedValues } from '../../../platform/forms.ts';
import { fromBerlin } from '../../../platform/time.ts';
import { declineForm, noteForm, scheduleForm, statusForm, strengthsForm } from '../schema.ts';
import { declineParticipation, setStatus } from '../service/decisions.ts';
import { addNote, refineStrengths } from '../service/notes.ts';
import { scheduleIntake } from '../service/schedule.ts';
import { LIST_PATH } from '../views/labels.ts';
import { access, detailPage, finish, type IdParams } from './shared.tsx';

const base = `${LIST_PATH}/:id`;

/** One registration: the detail page and the state changes of the intake call, each a resource. */
export function registerDetailRoutes(app: FastifyInstance) {
  const deps = app.deps;

  app.get<IdParams>(base, access, async (req, reply) => {
    const p = await requireCoordinatedParticipation(req, req.params.id);
    return reply.page(await detailPage(req, p));
  });

  app.post<IdParams>(`${base}/kennenlerngespraech`, access, async (req, reply) => {
    const p = await requireCoordinatedParticipation(req, req.params.id);
    const form = parseForm(scheduleForm, req.body);
    if (!form.ok) return reply.page(await detailPage(req, p, form), 422);
    const at = fromBerlin({ ...form.data.datum, ...form.data.uhrzeit });
    const outcome = await scheduleIntake(deps, requireSignedIn(req), { participationId: p.id, at });
    return finish(req, reply, p, outcome, 'intake.flash.scheduled', {
      values: submittedValues(req.body),
      to: 'intake_scheduled',
    });
  });

  app.post<IdParams>(`${base}/status`, access, async (req, reply) => {
    const p = await requireCoordinatedParticipation(req, req.params.id);
    const form = parseForm(statusForm, req.body);
    if (!form.ok) return reply.page(await detailPage(req, p, form), 422);
    const to = form.data.status;
    const outcome = await setStatus(deps, requireSignedIn(req), { participationId: p.id, to });
    const success = to === 'accepted' ? 'intake.flash.accepted' : 'intake.flash.held';
    return finish(req, reply, p, outcome, success, { to });
  });

  app.post<IdParams>(`${base}/notizen`, access, async (req, reply) => {
    const p = await requireCoordinatedParticipation(req, req.params.id);
    const form = parseForm(noteForm, req.body);
    if (!form.ok) return reply.page(await detailPage(req, p, form), 422);
    const outcome = await addNote(deps, requireSignedIn(req), {
      participationId: p.id,
      body: form.data.notiz,
    });
    return finish(req, reply, p, outcome, 'intake.flash.noteAdded', { values: submittedValues(req.body) });
  });

  app.post<IdParams>(`${base}/staerken`, access, async (req, reply) => {
    const p = await requireCoordinatedParticipation(req, req.params.id);
    const selectedTopics = asList((req.body as Record<string, unknown> | undefined)?.themen);
    const form = parseForm(strengthsForm, req.body);
    if (!form.ok) return reply.page(await detailPage(req, p, { ...form, selectedTopics }), 422);
    const outcome = await refineStrengths(deps, requireSignedIn(req), {
      participationId: p.id,
      topicIds: form.data.themen,
      strengths: form.data.staerken,
    });
    return finish(req, reply, p, outcome, 'intake.flash.strengthsSaved', {
      values: submittedValues(req.body),
      selectedTopics,
    });
  });

  app.post<IdParams>(`${base}/absage`, access, async (req, reply) => {
    const p = await requireCoordinatedParticipation(req, req.params.id);
    const selectedRoles = asList((req.body as Record<string, unknown> | undefined)?.rollen);
    const form = parseForm(declineForm, req.body);
    if (!form.ok) return reply.page(await detailPage(req, p, { ...form, selectedRoles }), 422);
    const outcome = await declineParticipation(deps, requireSignedIn(req), {
      participationId: p.id,
      text: form.data.mailtext,
      roles: form.data.rollen,
    });
    return finish(req, reply, p, outcome, 'intake.flash.declined', {
      values: submittedValues(req.body),
      selectedRoles,
      to: 'not_eligible',
    });
  });
}
