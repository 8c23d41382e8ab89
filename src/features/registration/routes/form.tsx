import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { z } from 'zod';
import { notFound } from '../../../platform/errors.ts';
import { parseForm } from '../../../platform/forms.ts';
import { stepRateLimit } from '../../../platform/rate-limit.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { newPassword } from '../../accounts/index.ts';
import { findProgrammeBySlug, listActiveTopics, listAllProgrammes } from '../../programmes/index.ts';
import { type Draft, loadDraft, saveDraft, startDraft } from '../drafts.ts';
import { findProfile } from '../queries.ts';
import { type DraftData, STEPS, type Step, stepSchemas } from '../schema.ts';
import { submitRegistration } from '../service.ts';
import { checkTopics, firstIncompleteStep } from '../validate.ts';
import { SummaryStep } from '../views/SummaryStep.tsx';
import {
  CollaborationStep,
  ContactStep,
  OrganisationStep,
  ProgrammeStep,
  TopicsStep,
} from '../views/steps.tsx';

const isStep = (s: string): s is Step => (STEPS as readonly string[]).includes(s);
const arrayFields = new Set(['topicsNeeded', 'topicsOffered', 'formats', 'languages']);

/** The step's fields exactly as typed (unticked checkboxes become empty lists), so nothing is lost. */
function typed(step: Step, body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (step === 'abschluss') return out;
  for (const field of Object.keys(stepSchemas[step].shape)) {
    const v = body[field];
    out[field] = arrayFields.has(field) ? (v === undefined ? [] : Array.isArray(v) ? v : [v]) : (v ?? '');
  }
  return out;
}

/** The multi-step registration form at /registrierung; progress lives server-side in a draft. */
export function registerFormRoutes(app: FastifyInstance) {
  const deps = app.deps;
  const db = deps.database.db;

  async function draftFor(req: FastifyRequest, reply: FastifyReply): Promise<Draft> {
    const existing = await loadDraft(db, req);
    if (existing && !existing.submittedAt) return existing;
    const query = req.query as { programm?: string; rolle?: string };
    const data: DraftData = {};
    if (query.programm) data.programme = query.programm;
    if (query.rolle === 'mentor' || query.rolle === 'mentee' || query.rolle === 'beides')
      data.role = query.rolle;
    if (req.session?.stage === 'full') {
      const { user } = req.session;
      Object.assign(data, { name: user.name, email: user.email }, await findProfile(db, user.id));
    }
    return startDraft(db, reply, data, deps.clock());
  }

  async function render(
    req: FastifyRequest,
    reply: FastifyReply,
    step: Step,
    draft: Draft,
    errors?: FormErrors,
    status = 200,
  ) {
    const values = draft.data as DraftData & Record<string, unknown>;
    const programme = values.programme ? await findProgrammeBySlug(db, values.programme) : null;
    const topics = programme ? await listActiveTopics(db, programme.id) : [];
    const signedIn = req.session?.stage === 'full' ? req.session.user : null;
    const views: Record<Step, () => Promise<VNode>> = {
      programm: async () => (
        <ProgrammeStep
          programmes={(await listAllProgrammes(db)).filter((p) => p.registrationOpen)}
          values={values}
          errors={errors}
        />
      ),
      kontakt: async () => <ContactStep values={values} errors={errors} accountEmail={signedIn?.email} />,
      organisation: async () => (
        <OrganisationStep values={values} errors={errors} fundingOptions={programme?.fundingOptions ?? []} />
      ),
      themen: async () => <TopicsStep values={values} errors={errors} topics={topics} />,
      zusammenarbeit: async () => <CollaborationStep values={values} errors={errors} />,
      abschluss: async () => (
        <SummaryStep
          data={values}
          programme={programme}
          topics={topics}
          newAccount={!signedIn}
          errors={errors}
        />
      ),
    };
    return reply.page(await views[step](), status);
  }

  /** Where this draft may go: no skipping past the first step that is not complete yet. */
  async function allowedStep(draft: Draft, wanted: Step): Promise<Step> {
    const programme = draft.data.programme ? await findProgrammeBySlug(db, draft.data.programme) : null;
    const topics = programme ? await listActiveTopics(db, programme.id) : [];
    const incomplete = firstIncompleteStep(draft.data, topics, programme?.fundingOptions ?? []);
    const limit = incomplete ? STEPS.indexOf(incomplete.step) : STEPS.length - 1;
    return STEPS.indexOf(wanted) <= limit ? wanted : STEPS[limit]!;
  }

  app.get('/registrierung', { config: { access: 'public.view' } }, async (req, reply) => {
    const draft = await draftFor(req, reply);
    return reply.redirect(
      `/registrierung/${await allowedStep(draft, draft.data.programme ? 'abschluss' : 'programm')}`,
      303,
    );
  });

  app.get('/registrierung/:step', { config: { access: 'public.view' } }, async (req, reply) => {
    const { step } = req.params as { step: string };
    if (!isStep(step)) throw notFound();
    const draft = await draftFor(req, reply);
    const allowed = await allowedStep(draft, step);
    if (allowed !== step) return reply.redirect(`/registrierung/${allowed}`, 303);
    return render(req, reply, step, draft);
  });

  app.post(
    '/registrierung/:step',
    { config: { access: 'public.view', ...stepRateLimit } },
    async (req, reply) => {
      const { step } = req.params as { step: string };
      if (!isStep(step)) throw notFound();
      const body = { ...((req.body ?? {}) as Record<string, unknown>) };
      const draft = await draftFor(req, reply);
      const now = deps.clock();
      const index = STEPS.indexOf(step);
      if (req.session?.stage === 'full' && step === 'kontakt') body.email = req.session.user.email;
      const merged = { ...draft.data, ...typed(step, body) } as DraftData;

      if (body.aktion === 'zurueck') {
        await saveDraft(db, draft, merged, now);
        return reply.redirect(`/registrierung/${STEPS[Math.max(0, index - 1)]}`, 303);
      }
      if (step === 'abschluss') return submit(req, reply, draft, body);

      const form = parseForm(stepSchemas[step], body);
      let errors: FormErrors = form.ok ? {} : form.errors;
      const programme = merged.programme ? await findProgrammeBySlug(db, merged.programme) : null;
      if (step === 'programm' && merged.programme && !programme?.registrationOpen) {
        errors.programme = 'registration.error.closed';
      }
      if (step === 'organisation' && form.ok && !programme?.fundingOptions.includes(String(merged.funding))) {
        errors.funding = 'registration.error.choose';
      }
      const parsed = (form.ok ? { ...draft.data, ...form.data } : merged) as DraftData;
      if (step === 'themen' && programme) {
        errors = { ...checkTopics(parsed, await listActiveTopics(db, programme.id)), ...errors };
      }
      // Whatever happens, what was typed is kept.
      await saveDraft(db, draft, Object.keys(errors).length > 0 ? merged : parsed, now);
      if (Object.keys(errors).length > 0) return render(req, reply, step, draft, errors, 422);
      return reply.redirect(`/registrierung/${STEPS[index + 1]}`, 303);
    },
  );

  async function submit(
    req: FastifyRequest,
    reply: FastifyReply,
    draft: Draft,
    body: Record<string, unknown>,
  ) {
    if (draft.submittedAt) return reply.redirect('/registrierung/eingegangen', 303);
    const programme = draft.data.programme ? await findProgrammeBySlug(db, draft.data.programme) : null;
    const topics = programme ? await listActiveTopics(db, programme.id) : [];
    const incomplete = firstIncompleteStep(draft.data, topics, programme?.fundingOptions ?? []);
    if (incomplete || !programme) {
      reply.flash('warning', 'registration.incomplete');
      return reply.redirect(`/registrierung/${incomplete?.step ?? 'programm'}`, 303);
    }
    const signedInUserId = req.session?.stage === 'full' ? req.session.user.id : null;
    const schema = z.object({
      consent: stepSchemas.abschluss.shape.consent,
      password: signedInUserId ? z.string().optional() : newPassword,
    });
    const form = parseForm(schema, body);
    if (!form.ok) return render(req, reply, 'abschluss', draft, form.errors, 422);
    const result = await submitRegistration(deps, {
      draftId: draft.id,
      data: draft.data as Parameters<typeof submitRegistration>[1]['data'],
      programme,
      signedInUserId,
      password: form.data.password,
      locale: req.locale,
      ip: req.ip,
    });
    if (!result.ok && result.field) {
      const errors = { [result.field.name]: result.field.message };
      return render(req, reply, 'abschluss', draft, errors, 422);
    }
    reply.flash('success', 'registration.done');
    return reply.redirect(signedInUserId ? '/profil' : '/registrierung/eingegangen', 303);
  }
}
