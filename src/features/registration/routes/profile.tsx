import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireSignedIn } from '../../../access/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { parseForm } from '../../../platform/forms.ts';
import { ErrorSummary, Form, SubmitButton } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import type { FormErrors } from '../../../ui/context.ts';
import { findProgrammeById, listActiveTopics, topicsByIds } from '../../programmes/index.ts';
import {
  askToReturnToPool,
  changeOwnStatus,
  updateOwnParticipation,
  updateOwnProfile,
} from '../profile-service.ts';
import {
  findOwnParticipation,
  findProfile,
  findProfileRow,
  ownParticipations,
  statusBeforePause,
} from '../queries.ts';
import { reasonForm, stepSchemas } from '../schema.ts';
import { checkTopics } from '../validate.ts';
import {
  CollaborationFields,
  ContactFields,
  FundingField,
  formValues,
  OrganisationFields,
  TopicsFields,
} from '../views/fields.tsx';
import { ProfilePage } from '../views/profile.tsx';

const detailsForm = stepSchemas.kontakt
  .omit({ email: true })
  .extend(stepSchemas.organisation.omit({ funding: true }).shape)
  .extend(stepSchemas.zusammenarbeit.shape);

/** The signed-in person's account (name and address for the forms). */
function signedInUser(req: FastifyRequest) {
  requireSignedIn(req);
  return req.session!.user;
}

/** /profil: the person's own data and participations; pause, withdraw, resume, become a mentor. */
export function registerProfileRoutes(app: FastifyInstance) {
  const deps = app.deps;
  const db = deps.database.db;
  const access = { config: { access: 'profile.manage' as const } };

  app.get('/profil', access, async (req, reply) => {
    const user = signedInUser(req);
    const participations = await ownParticipations(db, user.id);
    const profile = await findProfileRow(db, user.id);
    const topics = await topicsByIds(db, [
      ...new Set(participations.flatMap((p) => [...p.topicsNeeded, ...p.topicsOffered])),
    ]);
    const summary = profile
      ? {
          name: user.name,
          email: user.email,
          organisation: profile.organisationName,
          position: profile.position,
        }
      : null;
    return reply.page(<ProfilePage summary={summary} participations={participations} topics={topics} />);
  });

  const detailsPage = (values: Record<string, unknown>, errors?: FormErrors) => (
    <Page title="profile.editDetails" errors={errors}>
      <ErrorSummary errors={errors ?? {}} />
      <Form action="/profil/angaben" values={formValues(values)} errors={errors}>
        <ContactFields accountEmail={String(values.email ?? '')} />
        <OrganisationFields />
        <CollaborationFields values={values} />
        <SubmitButton label="form.save" />
      </Form>
    </Page>
  );

  app.get('/profil/angaben', access, async (req, reply) => {
    const user = signedInUser(req);
    const profile = await findProfile(db, user.id);
    if (!profile.organisationName) return reply.redirect('/registrierung', 303);
    return reply.page(detailsPage({ ...profile, name: user.name, email: user.email }));
  });

  app.post('/profil/angaben', access, async (req, reply) => {
    const user = signedInUser(req);
    const form = parseForm(detailsForm, req.body);
    if (!form.ok) return reply.page(detailsPage({ ...form.values, email: user.email }, form.errors), 422);
    const { name, ...data } = form.data;
    await updateOwnProfile(deps, user.id, name, data);
    reply.flash('success', 'profile.saved');
    return reply.redirect('/profil', 303);
  });

  async function participationPage(
    userId: string,
    id: string,
    values?: Record<string, unknown>,
    errors?: FormErrors,
  ) {
    const p = await findOwnParticipation(db, userId, id);
    if (!p) throw notFound();
    const programme = await findProgrammeById(db, p.programmeId);
    const topics = await listActiveTopics(db, p.programmeId);
    const v = values ?? { ...p, capacity: p.capacity ?? undefined };
    return {
      p,
      topics,
      node: (
        <Page title="profile.editParticipation" errors={errors}>
          <p class="kern-body">{p.programmeName}</p>
          <ErrorSummary errors={errors ?? {}} />
          <Form
            action={`/profil/teilnahme/${p.id}`}
            values={formValues({ ...v, role: p.role })}
            errors={errors}
          >
            <TopicsFields values={{ ...v, role: p.role }} topics={topics} />
            <FundingField fundingOptions={programme?.fundingOptions ?? []} />
            <SubmitButton label="form.save" />
          </Form>
        </Page>
      ),
    };
  }

  app.get('/profil/teilnahme/:id', access, async (req, reply) => {
    const user = signedInUser(req);
    return reply.page((await participationPage(user.id, (req.params as { id: string }).id)).node);
  });

  app.post('/profil/teilnahme/:id', access, async (req, reply) => {
    const user = signedInUser(req);
    const id = (req.params as { id: string }).id;
    const { p, topics } = await participationPage(user.id, id);
    const form = parseForm(
      stepSchemas.themen.extend({ funding: z.string().min(1, 'registration.error.choose') }),
      req.body,
    );
    const programme = await findProgrammeById(db, p.programmeId);
    let errors: FormErrors = form.ok ? {} : form.errors;
    if (form.ok) {
      errors = checkTopics({ ...form.data, role: p.role }, topics);
      if (!programme?.fundingOptions.includes(form.data.funding))
        errors.funding = 'registration.error.choose';
    }
    if (!form.ok || Object.keys(errors).length > 0) {
      const values = form.ok ? form.data : form.values;
      return reply.page((await participationPage(user.id, id, values, errors)).node, 422);
    }
    const d = form.data;
    await updateOwnParticipation(deps, user.id, id, {
      funding: d.funding,
      topicsNeeded: p.role === 'mentee' ? d.topicsNeeded : [],
      topicsOffered: d.topicsOffered,
      topicsFreeText: d.topicsFreeText,
      goals: p.role === 'mentee' ? d.goals : '',
      capacity: p.role === 'mentor' ? (d.capacity ?? null) : null,
    });
    reply.flash('success', 'profile.saved');
    return reply.redirect('/profil', 303);
  });

  // After a tandem that ended as planned, the mentee comes back to the pool only when asking for it.
  app.post('/profil/teilnahme/:id/erneut-vermitteln', access, async (req, reply) => {
    const user = signedInUser(req);
    const p = await findOwnParticipation(db, user.id, (req.params as { id: string }).id);
    if (!p) throw notFound();
    if ((await askToReturnToPool(deps, user.id, p.id)).ok) reply.flash('success', 'profile.backInPool');
    else reply.flash('warning', 'profile.backInPoolNotPossible');
    return reply.redirect('/profil', 303);
  });

  app.post('/profil/teilnahme/:id/status', access, async (req, reply) => {
    const user = signedInUser(req);
    const p = await findOwnParticipation(db, user.id, (req.params as { id: string }).id);
    if (!p) throw notFound();
    const wanted = (req.body as { status?: string })?.status;
    const form = parseForm(reasonForm, req.body);
    const reason = form.ok ? form.data.reason : '';
    const to =
      wanted === 'paused' || wanted === 'withdrawn'
        ? wanted
        : wanted === 'resume'
          ? await statusBeforePause(db, p.id)
          : null;
    const changed =
      to && (await changeOwnStatus(deps, { userId: user.id, id: p.id, from: p.status, to, reason }));
    if (!to || !changed?.ok) {
      reply.flash('warning', 'profile.statusNotPossible');
      return reply.redirect('/profil', 303);
    }
    reply.flash(
      'success',
      to === 'paused' ? 'profile.paused' : to === 'withdrawn' ? 'profile.withdrawn' : 'profile.resumed',
    );
    return reply.redirect('/profil', 303);
  });
}
