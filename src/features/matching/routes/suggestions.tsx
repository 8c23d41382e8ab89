import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireCoordinatedProgramme, requireSignedIn } from '../../../access/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { isUuid, parseForm, submittedValues } from '../../../platform/forms.ts';
import { MessagePage } from '../../../ui/components/MessagePage.tsx';
import type { FormErrors } from '../../../ui/context.ts';
import { COORDINATION_TANDEMS_PATH } from '../../tandems/index.ts';
import { activeTopics, findMentee, loadPool, type Programme, topicLabels } from '../queries.ts';
import { proposeForm, type SuggestionFilters, suggestionFilters } from '../schema.ts';
import { proposePair } from '../service/propose.ts';
import { suggest } from '../service/suggestions.ts';
import { menteeSituation } from '../situation.ts';
import { awayKey } from '../views/labels.ts';
import { SuggestionsPage } from '../views/SuggestionsPage.tsx';
import { access, BASE, engineContext, type MenteeParams, programmePath } from './shared.ts';

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
  if (!ranked) return awayPage(req, programme, menteeId);
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

/**
 * A mentee of the programme who is not in the pool (a proposal waits, a tandem runs, a tandem ended as
 * planned): the page says why and where to go on; an unknown id or a mentor is a 404.
 */
async function awayPage(req: FastifyRequest, programme: Programme, menteeId: string) {
  const db = req.server.deps.database.db;
  const mentee = isUuid(menteeId) ? await findMentee(db, programme.id, menteeId) : null;
  if (!mentee) throw notFound();
  const situation = await menteeSituation(db, menteeId);
  const next = {
    proposal: { href: programmePath(programme), label: 'matching.away.proposalNext' as const },
    tandem: { href: COORDINATION_TANDEMS_PATH, label: 'matching.away.tandemNext' as const },
    free: { href: `/koordination/anmeldungen/${menteeId}`, label: 'matching.away.otherNext' as const },
  }[situation];
  return (
    <MessagePage
      title="matching.away.title"
      text={awayKey(situation)}
      vars={{ name: mentee.name }}
      next={next}
    />
  );
}

export function registerSuggestionRoutes(app: FastifyInstance) {
  const base = `${BASE}/:programm/mentees/:id`;

  app.get<MenteeParams>(base, access, async (req, reply) => {
    const programme = await requireCoordinatedProgramme(req, req.params.programm, 'matching.manage');
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
    const programme = await requireCoordinatedProgramme(req, req.params.programm, 'matching.manage');
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
    const outcome = await proposePair(app.deps, requireSignedIn(req), programme, {
      menteeId,
      mentorId: form.data.mentor,
      reason: form.data.begruendung,
    });
    if (outcome.ok) {
      return reply
        .flash('success', 'matching.suggestions.flash.proposed')
        .redirect(programmePath(programme), 303);
    }
    if (outcome.reason === 'reason-required') {
      const errors = { begruendung: 'form.matching.reason.required' as const };
      return reply.page(
        await suggestionsPage(req, programme, menteeId, {}, undefined, { values, errors }),
        422,
      );
    }
    // The mentee or mentor left the pool meanwhile, or the pair is not allowed.
    const notice = outcome.reason === 'unavailable' ? 'unavailable' : 'notAllowed';
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
