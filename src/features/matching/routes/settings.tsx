import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireCoordinatedProgramme, requireSignedIn } from '../../../access/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { CRITERIA, type Weights, weightsFrom } from '../../../matching-engine/criteria.ts';
import { parseForm, submittedValues } from '../../../platform/forms.ts';
import { can } from '../../../policy/index.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { loadPool, type Programme } from '../queries.ts';
import { settingsForm } from '../schema.ts';
import { saveSettings } from '../service/settings.ts';
import { previewWeights } from '../service/suggestions.ts';
import { SettingsPage } from '../views/SettingsPage.tsx';
import { BASE, type ProgrammeParams } from './shared.ts';

/** Weights and deadlines: the programme's coordinators and admins ('matching.weights'). */
const access = { config: { access: 'matching.weights' as const } };

/**
 * Where the page leads back to and a save returns: the programme's matching for its coordinators; for
 * an admin who does not coordinate it, the programme's data.
 */
const home = (req: FastifyRequest, programme: Programme) =>
  can(req.actor, 'matching.manage', { programmeId: programme.id })
    ? { href: `${BASE}/${programme.slug}`, label: 'matching.back' as const }
    : {
        href: `/verwaltung/programme/${programme.slug}`,
        label: 'matching.settings.backToProgramme' as const,
      };

/**
 * Each invalid field with its own message: the error summary lists up to nine links, and seven
 * alike ("Bitte geben Sie als Gewicht …") would not say which field each one leads to.
 */
function namedErrors(errors: FormErrors): FormErrors {
  const named: FormErrors = {};
  for (const [field, key] of Object.entries(errors)) {
    if (key === 'form.matching.weight.invalid' && field.startsWith('gewicht_')) {
      named[field] = `form.matching.weight.invalidFor.${field.slice('gewicht_'.length)}` as MessageKey;
    } else if (key === 'form.matching.days.invalid' && (field === 'erinnerung' || field === 'ablauf')) {
      named[field] = `form.matching.days.invalidFor.${field}` as MessageKey;
    } else named[field] = key;
  }
  return named;
}

const currentValues = (p: Programme) => {
  const weights = weightsFrom(p.matchingWeights);
  return {
    ...Object.fromEntries(CRITERIA.map((c) => [`gewicht_${c}`, String(weights[c])])),
    erinnerung: String(p.proposalReminderDays),
    ablauf: String(p.proposalExpiryDays),
  };
};

async function settingsPage(
  req: FastifyRequest,
  programme: Programme,
  values: Record<string, string>,
  errors?: FormErrors,
  proposed?: Weights,
) {
  let preview: ReturnType<typeof previewWeights> | undefined;
  let people: Awaited<ReturnType<typeof loadPool>>['people'] | undefined;
  if (proposed) {
    const pool = await loadPool(req.server.deps.database.db, programme);
    const year = req.server.deps.clock().getUTCFullYear();
    preview = previewWeights(pool, year, weightsFrom(programme.matchingWeights), proposed);
    people = pool.people;
  }
  return (
    <SettingsPage
      programme={programme}
      values={values}
      errors={errors}
      preview={preview}
      people={people}
      back={home(req, programme)}
    />
  );
}

export function registerSettingsRoutes(app: FastifyInstance) {
  const path = `${BASE}/:programm/einstellungen`;

  app.get<ProgrammeParams>(path, access, async (req, reply) => {
    const programme = await requireCoordinatedProgramme(req, req.params.programm, 'matching.weights');
    return reply.page(await settingsPage(req, programme, currentValues(programme)));
  });

  app.post<ProgrammeParams>(path, access, async (req, reply) => {
    const programme = await requireCoordinatedProgramme(req, req.params.programm, 'matching.weights');
    const values = submittedValues(req.body);
    const form = parseForm(settingsForm, req.body);
    if (!form.ok) {
      return reply.page(await settingsPage(req, programme, values, namedErrors(form.errors)), 422);
    }
    const weights = Object.fromEntries(CRITERIA.map((c) => [c, form.data[`gewicht_${c}`]])) as Weights;
    if (form.data.aktion === 'vorschau') {
      return reply.page(await settingsPage(req, programme, values, undefined, weights));
    }
    await saveSettings(app.deps, requireSignedIn(req), programme.id, {
      weights,
      reminderDays: form.data.erinnerung,
      expiryDays: form.data.ablauf,
    });
    return reply.flash('success', 'matching.settings.flash.saved').redirect(home(req, programme).href, 303);
  });
}
