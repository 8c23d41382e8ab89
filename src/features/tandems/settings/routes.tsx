import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { programmes } from '../../../db/schema/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { parseForm } from '../../../platform/forms.ts';
import { can, type SignedInActor } from '../../../policy/index.ts';
import { submitted } from '../time/routes/shared.ts';
import { COORDINATION_TIME_PATH, settingsPath } from '../time/views/labels.ts';
import { tandemSettingsForm } from './schema.ts';
import { saveTandemSettings } from './service.ts';
import { phaseChoices, SettingsPage } from './views/SettingsPage.tsx';

type SlugParams = { Params: { slug: string } };
const access = { config: { access: 'tandems.coordinate' as const } };

function coordinator(req: FastifyRequest): SignedInActor {
  if (req.actor.kind === 'anonymous') throw notFound();
  return req.actor;
}

/** The programme of the path, for its coordinators only; any other programme answers 404. */
async function loadProgramme(req: FastifyRequest, slug: string) {
  const actor = coordinator(req);
  const [programme] = await req.server.deps.database.db
    .select()
    .from(programmes)
    .where(eq(programmes.slug, slug));
  if (!programme || !can(actor, 'tandems.coordinate', { programmeId: programme.id })) throw notFound();
  return programme;
}

const hours = (v: number) => String(Math.round(v * 100) / 100);

/** /koordination/tandem-einstellungen/:slug: stall intervals and the mentoring duty of a programme. */
export function registerTandemSettings(app: FastifyInstance) {
  app.get<SlugParams>(settingsPath(':slug'), access, async (req, reply) => {
    const p = await loadProgramme(req, req.params.slug);
    const values = {
      erinnerung: String(p.stallReminderWeeks),
      eskalation: String(p.stallEscalationWeeks),
      pflicht_tage: p.dutyDaysPerYear === null ? '' : String(p.dutyDaysPerYear),
      stunden_pro_tag:
        req.locale === 'de' ? hours(p.dutyHoursPerDay).replace('.', ',') : hours(p.dutyHoursPerDay),
      foerderphase: p.dutyFundingPhase,
    };
    return reply.page(
      <SettingsPage programme={p} values={values} phases={phaseChoices(p, p.dutyFundingPhase)} />,
    );
  });

  app.post<SlugParams>(settingsPath(':slug'), access, async (req, reply) => {
    const p = await loadProgramme(req, req.params.slug);
    const phases = phaseChoices(p, p.dutyFundingPhase);
    const form = parseForm(tandemSettingsForm(phases), req.body);
    if (!form.ok) {
      return reply.page(
        <SettingsPage programme={p} values={submitted(req.body)} phases={phases} errors={form.errors} />,
        422,
      );
    }
    await saveTandemSettings(app.deps, coordinator(req), p.id, form.data);
    return reply.flash('success', 'tandems.settings.flash.saved').redirect(COORDINATION_TIME_PATH, 303);
  });
}
