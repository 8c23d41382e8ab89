import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../../platform/forms.ts';
import { listAllProgrammes } from '../queries.ts';
import { createProgrammeForm, type ProgrammeInput, programmeForm } from '../schema.ts';
import { createProgramme, updateProgramme } from '../service.ts';
import { ProgrammeForm, type ProgrammeValues } from '../views/ProgrammeForm.tsx';
import { ProgrammeList } from '../views/ProgrammeList.tsx';
import { actorOf, programmeOr404, type SlugParams } from './shared.ts';

const valuesOf = (p: Omit<ProgrammeInput, 'slug'>): ProgrammeValues => ({
  name: p.name,
  agency: p.agency,
  description: p.description,
  contactEmail: p.contactEmail,
  registrationOpen: p.registrationOpen ? 'ja' : undefined,
  communityApproval: p.communityApproval ? 'ja' : undefined,
  fundingOptions: p.fundingOptions.join('\n'),
});

/** Admins: the list of programmes and each programme's data. */
export function registerProgrammeAdmin(app: FastifyInstance) {
  const db = app.deps.database.db;
  const access = { config: { access: 'programmes.edit' as const } };

  app.get('/verwaltung/programme', access, async (_req, reply) =>
    reply.page(<ProgrammeList programmes={await listAllProgrammes(db)} />),
  );

  // A static path: Fastify prefers it to /:slug, which is why 'neu' is no programme's slug.
  app.get('/verwaltung/programme/neu', access, async (_req, reply) =>
    reply.page(<ProgrammeForm values={{ communityApproval: 'ja' }} />),
  );

  app.post('/verwaltung/programme/neu', access, async (req, reply) => {
    const form = parseForm(createProgrammeForm, req.body);
    if (!form.ok) return reply.page(<ProgrammeForm values={form.values} errors={form.errors} />, 422);
    const { actorId, ip } = actorOf(req);
    const result = await createProgramme(db, form.data, { actorId, ip, now: app.deps.clock() });
    if (!result.ok) {
      const errors = result.field ? { [result.field.name]: result.field.message } : {};
      return reply.page(
        <ProgrammeForm values={{ ...valuesOf(form.data), slug: form.data.slug }} errors={errors} />,
        409,
      );
    }
    return reply
      .flash('success', 'programmes.create.saved')
      .redirect(`/verwaltung/programme/${result.value.slug}`, 303);
  });

  app.get<{ Params: SlugParams }>('/verwaltung/programme/:slug', access, async (req, reply) => {
    const programme = await programmeOr404(req, req.params.slug);
    return reply.page(
      <ProgrammeForm slug={programme.slug} name={programme.name} values={valuesOf(programme)} />,
    );
  });

  app.post<{ Params: SlugParams }>('/verwaltung/programme/:slug', access, async (req, reply) => {
    const programme = await programmeOr404(req, req.params.slug);
    const form = parseForm(programmeForm, req.body);
    if (!form.ok) {
      return reply.page(
        <ProgrammeForm
          slug={programme.slug}
          name={programme.name}
          values={form.values}
          errors={form.errors}
        />,
        422,
      );
    }
    await updateProgramme(db, programme.id, form.data);
    return reply.flash('success', 'programmes.edit.saved').redirect('/verwaltung/programme', 303);
  });
}
