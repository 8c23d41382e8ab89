import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../../platform/forms.ts';
import { listAllProgrammes, type Programme } from '../queries.ts';
import { programmeForm } from '../schema.ts';
import { updateProgramme } from '../service.ts';
import { ProgrammeForm, type ProgrammeValues } from '../views/ProgrammeForm.tsx';
import { ProgrammeList } from '../views/ProgrammeList.tsx';
import { programmeOr404, type SlugParams } from './shared.ts';

const valuesOf = (p: Programme): ProgrammeValues => ({
  name: p.name,
  agency: p.agency,
  description: p.description,
  contactEmail: p.contactEmail,
  registrationOpen: p.registrationOpen ? 'ja' : undefined,
  fundingOptions: p.fundingOptions.join('\n'),
});

/** Admins: the list of programmes and each programme's data. */
export function registerProgrammeAdmin(app: FastifyInstance) {
  const db = app.deps.database.db;
  const access = { config: { access: 'programmes.edit' as const } };

  app.get('/verwaltung/programme', access, async (_req, reply) =>
    reply.page(<ProgrammeList programmes={await listAllProgrammes(db)} />),
  );

  app.get<{ Params: SlugParams }>('/verwaltung/programme/:slug', access, async (req, reply) => {
    const programme = await programmeOr404(db, req.params.slug);
    return reply.page(
      <ProgrammeForm slug={programme.slug} name={programme.name} values={valuesOf(programme)} />,
    );
  });

  app.post<{ Params: SlugParams }>('/verwaltung/programme/:slug', access, async (req, reply) => {
    const programme = await programmeOr404(db, req.params.slug);
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
