import type { FastifyInstance } from 'fastify';
import { requireCoordinatedProgramme, requireSignedIn } from '../../../access/index.ts';
import { parseForm } from '../../../platform/forms.ts';
import { COORDINATION_TIME_PATH, settingsPath } from '../paths.ts';
import { tandemSettingsForm } from './schema.ts';
import { saveTandemSettings } from './service.ts';
import { phaseChoices, SettingsPage } from './views/SettingsPage.tsx';

type SlugParams = { Params: { slug: string } };
const access = { config: { access: 'tandems.coordinate' as const } };

const hours = (v: number) => String(Math.round(v * 100) / 100);

/** /koordination/tandem-einstellungen/:slug: stall intervals and the mentoring duty of a programme. */
export function registerTandemSettings(app: FastifyInstance) {
  app.get<SlugParams>(settingsPath(':slug'), access, async (req, reply) => {
    const p = await requireCoordinatedProgramme(req, req.params.slug, 'tandems.coordinate');
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
    const p = await requireCoordinatedProgramme(req, req.params.slug, 'tandems.coordinate');
    const phases = phaseChoices(p, p.dutyFundingPhase);
    const form = parseForm(tandemSettingsForm(phases), req.body);
    if (!form.ok) {
      return reply.page(
        <SettingsPage programme={p} values={form.values} phases={phases} errors={form.errors} />,
        422,
      );
    }
    await saveTandemSettings(app.deps, requireSignedIn(req), p, form.data);
    return reply.flash('success', 'tandems.settings.flash.saved').redirect(COORDINATION_TIME_PATH, 303);
  });
}
