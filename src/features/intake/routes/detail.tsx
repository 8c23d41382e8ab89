import type { FastifyInstance } from 'fastify';
import { asList, parseForm } from '../../../platform/forms.ts';
import { fromBerlin } from '../../../platform/time.ts';
import { declineForm, noteForm, scheduleForm, statusForm, strengthsForm } from '../schema.ts';
import { declineParticipation, setStatus } from '../service/decisions.ts';
import { addNote, refineStrengths } from '../service/notes.ts';
import { scheduleIntake } from '../service/schedule.ts';
import { LIST_PATH } from '../views/labels.ts';
import { access, detailPage, finish, type IdParams, intakeActor, loadParticipation } from './shared.tsx';

const base = `${LIST_PATH}/:id`;

/** One registration: the detail page and the state changes of the intake call, each a resource. */
export function registerDetailRoutes(app: FastifyInstance) {
  const deps = app.deps;

  app.get<IdParams>(base, access, async (req, reply) => {
    const p = await loadParticipation(req, req.params.id);
    return reply.page(await detailPage(req, p));
  });

  app.post<IdParams>(`${base}/kennenlerngespraech`, access, async (req, reply) => {
    const p = await loadParticipation(req, req.params.id);
    const form = parseForm(scheduleForm, req.body);
    if (!form.ok) return reply.page(await detailPage(req, p, form), 422);
    const at = fromBerlin({ ...form.data.datum, ...form.data.uhrzeit });
    const outcome = await scheduleIntake(deps, intakeActor(req), { participationId: p.id, at });
    const { datum = '', uhrzeit = '' } = req.body as Record<string, string | undefined>;
    return finish(req, reply, p, outcome, 'intake.flash.scheduled', { values: { datum, uhrzeit } });
  });

  app.post<IdParams>(`${base}/status`, access, async (req, reply) => {
    const p = await loadParticipation(req, req.params.id);
    const form = parseForm(statusForm, req.body);
    if (!form.ok) return reply.page(await detailPage(req, p, form), 422);
    const to = form.data.status;
    const outcome = await setStatus(deps, intakeActor(req), { participationId: p.id, to });
    return finish(req, reply, p, outcome, to === 'accepted' ? 'intake.flash.accepted' : 'intake.flash.held');
  });

  app.post<IdParams>(`${base}/notizen`, access, async (req, reply) => {
    const p = await loadParticipation(req, req.params.id);
    const form = parseForm(noteForm, req.body);
    if (!form.ok) return reply.page(await detailPage(req, p, form), 422);
    const outcome = await addNote(deps, intakeActor(req), { participationId: p.id, body: form.data.notiz });
    return finish(req, reply, p, outcome, 'intake.flash.noteAdded', { values: { notiz: form.data.notiz } });
  });

  app.post<IdParams>(`${base}/staerken`, access, async (req, reply) => {
    const p = await loadParticipation(req, req.params.id);
    const selectedTopics = asList((req.body as Record<string, unknown> | undefined)?.themen);
    const form = parseForm(strengthsForm, req.body);
    if (!form.ok) return reply.page(await detailPage(req, p, { ...form, selectedTopics }), 422);
    const outcome = await refineStrengths(deps, intakeActor(req), {
      participationId: p.id,
      topicIds: form.data.themen,
      strengths: form.data.staerken,
    });
    return finish(req, reply, p, outcome, 'intake.flash.strengthsSaved', {
      values: { staerken: form.data.staerken },
      selectedTopics,
    });
  });

  app.post<IdParams>(`${base}/absage`, access, async (req, reply) => {
    const p = await loadParticipation(req, req.params.id);
    const selectedRoles = asList((req.body as Record<string, unknown> | undefined)?.rollen);
    const form = parseForm(declineForm, req.body);
    if (!form.ok) return reply.page(await detailPage(req, p, { ...form, selectedRoles }), 422);
    const outcome = await declineParticipation(deps, intakeActor(req), {
      participationId: p.id,
      text: form.data.mailtext,
      roles: form.data.rollen,
    });
    return finish(req, reply, p, outcome, 'intake.flash.declined', {
      values: { mailtext: form.data.mailtext },
      selectedRoles,
    });
  });
}
