import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../../platform/errors.ts';
import { isUuid, parseForm } from '../../../platform/forms.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { activeTopics, loadPool, type Programme, topicLabels } from '../queries.ts';
import { proposeForm, type SuggestionFilters, suggestionFilters } from '../schema.ts';
import { proposePair } from '../service/propose.ts';
import { suggest } from '../service/suggestions.ts';
import { SuggestionsPage } from '../views/SuggestionsPage.tsx';
import {
  access,
  BASE,
  engineContext,
  loadProgramme,
  type MenteeParams,
  matchingActor,
  programmePath,
  submittedValues,
} from './shared.ts';

interface PickState {
  values?: Record<string, string>;
  errors?: FormErrors;
  notice?: 'unavailable' | 'notAllowed';
}

async function suggestionsPage(
  req: FastifyRequest,
  programme: Programme,
  menteeId: string,
  filters: SuggestionFilters,
  filterErrors: FormErrors | undefined,
  pick: PickState = {},
) {
  const db = req.server.deps.database.db;
  const pool = await loadPool(db, programme);
  const ranked = isUuid(menteeId) ? suggest(pool, menteeId, engineContext(req, programme), filters) : null;
  if (!ranked) throw notFound();
  return (
    <SuggestionsPage
      programme={programme}
      ranked={ranked}
      people={pool.people}
      topics={await topicLabels(db, programme.id)}
      topicOptions={await activeTopics(db, programme.id)}
      filters={filters}
      filterValues={submittedValues(req.query)}
      filterErrors={filterErrors}
      pick={pick}
    />
  );
}

export function registerSuggestionRoutes(app: FastifyInstance) {
  const base = `${BASE}/:programm/mentees/:id`;

  app.get<MenteeParams>(base, access, async (req, reply) => {
    const programme = await loadProgramme(req, req.params.programm);
    const parsed = suggestionFilters.safeParse(req.query ?? {});
    const filters = parsed.success ? parsed.data : {};
    const errors = parsed.success
      ? undefined
      : { mindestpunktzahl: 'form.matching.minScore.invalid' as const };
    return reply.page(
      await suggestionsPage(req, programme, req.params.id, filters, errors),
      errors ? 422 : 200,
    );
  });

  app.post<MenteeParams>(`${base}/vorschlag`, access, async (req, reply) => {
    const programme = await loadProgramme(req, req.params.programm);
    const menteeId = req.params.id;
    const values = submittedValues(req.body);
    const form = parseForm(proposeForm, req.body);
    if (!form.ok) {
      return reply.page(
        await suggestionsPage(req, programme, menteeId, {}, undefined, { values, errors: form.errors }),
        422,
      );
    }
    if (!isUuid(menteeId)) throw notFound();
    const outcome = await proposePair(app.deps, matchingActor(req), programme, {
      menteeId,
      mentorId: form.data.mentor,
      reason: form.data.begruendung,
    });
    if (outcome.kind === 'ok') {
      return reply
        .flash('success', 'matching.suggestions.flash.proposed')
        .redirect(programmePath(programme), 303);
    }
    if (outcome.kind === 'reason-required') {
      const errors = { begruendung: 'form.matching.reason.required' as const };
      return reply.page(
        await suggestionsPage(req, programme, menteeId, {}, undefined, { values, errors }),
        422,
      );
    }
    // The mentee or mentor left the pool meanwhile, or the pair is not allowed.
    const notice = outcome.kind === 'unavailable' ? 'unavailable' : 'notAllowed';
    const pool = await loadPool(app.deps.database.db, programme);
    if (!pool.mentees.some((m) => m.id === menteeId)) {
      return reply
        .flash('warning', 'matching.suggestions.flash.menteeGone')
        .redirect(programmePath(programme), 303);
    }
    return reply.page(
      await suggestionsPage(req, programme, menteeId, {}, undefined, { values, notice }),
      409,
    );
  });
}
