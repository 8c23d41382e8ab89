import { inArray } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  type MemberTandem,
  memberAccess,
  requireMember,
  requireSignedIn,
  type TandemParams,
} from '../../../access/index.ts';
import { programmes } from '../../../db/schema/index.ts';
import { forbidden, notFound } from '../../../platform/errors.ts';
import { parseForm } from '../../../platform/forms.ts';
import { can, type SignedInActor } from '../../../policy/index.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { tandemFacts } from '../attention/queries.ts';
import { isWritable } from '../meetings/paths.ts';
import { endedReply } from '../meetings/routes/shared.tsx';
import {
  COORDINATION_TANDEMS_PATH,
  openCasePath,
  SUPPORT_CASES_PATH,
  supportCasePath,
  tandemEndPath,
  tandemPath,
} from '../paths.ts';
import {
  type CaseRow,
  caseList,
  caseNotes,
  feedbackComments,
  feedbackFigures,
  findCase,
  ownCases,
  ownFeedback,
  tandemEnd,
  tandemStatusOf,
} from './queries.ts';
import { endForm, feedbackForm, noteForm, outcomeForm, supportForm } from './schema.ts';
import {
  addCaseNote,
  closeCase,
  endByMember,
  giveFeedback,
  openCaseForTandem,
  requestSupport,
} from './service.ts';
import { CasePage, CasesPage } from './views/CoordinationPages.tsx';
import { EndInfoPage } from './views/EndInfoPage.tsx';
import { FeedbackStatsPage } from './views/FeedbackStatsPage.tsx';
import { EndPage, FeedbackPage, SupportPage } from './views/MemberPages.tsx';

const coordinate = { config: { access: 'tandems.coordinate' as const } };
type CaseParams = { Params: { caseId: string } };

function coordinator(req: FastifyRequest): SignedInActor {
  if (req.actor.kind === 'anonymous') throw forbidden();
  return req.actor;
}

/** A case of a programme the actor coordinates; any other id is a 404. */
async function loadCase(req: FastifyRequest<CaseParams>): Promise<CaseRow> {
  const row = await findCase(req.server.deps.database.db, req.params.caseId);
  if (!row || !can(coordinator(req), 'tandems.coordinate', { programmeId: row.case.programmeId }))
    throw notFound();
  return row;
}

async function casePage(
  req: FastifyRequest,
  row: CaseRow,
  values: Record<string, string> = {},
  errors?: FormErrors,
  conflict = false,
) {
  const db = req.server.deps.database.db;
  const facts =
    (await tandemFacts(db, [row.case.programmeId], req.server.deps.clock())).find(
      (f) => f.id === row.case.tandemId,
    ) ?? null;
  const notes = (await caseNotes(db, row.case.id)).map((n) => ({
    id: n.note.id,
    kind: n.note.kind,
    body: n.note.body,
    at: n.note.createdAt,
    authorName: n.authorName,
  }));
  return <CasePage view={{ row, facts, notes, values, errors, conflict }} />;
}

/**
 * Help when a tandem stalls and its end: support requests (members ask, coordinators work the case),
 * ending the tandem, feedback afterwards and its figures for the coordinators.
 */
export function registerHelp(app: FastifyInstance) {
  const db = app.deps.database.db;
  const base = (tandem: MemberTandem, values: Record<string, string> = {}, errors?: FormErrors) => ({
    tandemId: tandem.tandem.id,
    partnerName: tandem.partner.name,
    values,
    errors,
  });
  const supportPage = async (
    req: FastifyRequest,
    tandem: MemberTandem,
    values?: Record<string, string>,
    errors?: FormErrors,
  ) => (
    <SupportPage
      view={{
        ...base(tandem, values, errors),
        own: await ownCases(db, tandem.tandem.id, requireSignedIn(req).userId),
        ended: !isWritable(tandem),
        contactEmail: tandem.programme.contactEmail,
      }}
    />
  );

  app.get<TandemParams>(tandemPath(':id', 'unterstuetzung'), memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    return reply.page(await supportPage(req, tandem));
  });

  app.post<TandemParams>(tandemPath(':id', 'unterstuetzung'), memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    if (!isWritable(tandem)) return endedReply(reply, tandem);
    const form = parseForm(supportForm, req.body);
    if (!form.ok) return reply.page(await supportPage(req, tandem, form.values, form.errors), 422);
    await requestSupport(app.deps, tandem, requireSignedIn(req).userId, form.data.grund, form.data.nachricht);
    return reply
      .flash('success', 'tandems.help.flash.requested')
      .redirect(tandemPath(tandem.tandem.id, 'unterstuetzung'), 303);
  });

  app.get<TandemParams>(tandemPath(':id', 'ende'), memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    if (!isWritable(tandem)) return endedReply(reply, tandem);
    return reply.page(<EndPage view={base(tandem)} />);
  });

  app.post<TandemParams>(tandemPath(':id', 'ende'), memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    if (!isWritable(tandem)) return endedReply(reply, tandem);
    const form = parseForm(endForm, req.body);
    if (!form.ok) return reply.page(<EndPage view={base(tandem, form.values, form.errors)} />, 422);
    const reason = form.data.art === 'early' ? form.data.grund : '';
    const ended = await endByMember(app.deps, tandem, requireSignedIn(req).userId, form.data.art, reason);
    if (!ended) return endedReply(reply, tandem);
    return reply
      .flash('success', 'tandems.help.flash.ended')
      .redirect(tandemPath(tandem.tandem.id, 'rueckmeldung'), 303);
  });

  const feedbackState = async (tandem: MemberTandem) =>
    tandem.tandem.status !== 'ended'
      ? 'notEnded'
      : (await ownFeedback(db, tandem.tandem.id, tandem.side))
        ? 'given'
        : 'open';

  app.get<TandemParams>(tandemPath(':id', 'rueckmeldung'), memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    return reply.page(<FeedbackPage view={{ ...base(tandem), state: await feedbackState(tandem) }} />);
  });

  app.post<TandemParams>(tandemPath(':id', 'rueckmeldung'), memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    const state = await feedbackState(tandem);
    if (state !== 'open') return reply.page(<FeedbackPage view={{ ...base(tandem), state }} />, 409);
    const form = parseForm(feedbackForm, req.body);
    if (!form.ok)
      return reply.page(<FeedbackPage view={{ ...base(tandem, form.values, form.errors), state }} />, 422);
    const saved = await giveFeedback(app.deps, tandem, requireSignedIn(req).userId, {
      satisfaction: Number(form.data.zufriedenheit),
      goalsReached: form.data.ziele,
      wouldRecommend: form.data.empfehlen === 'yes',
      wouldMentor: form.data.mentorin,
      comment: form.data.kommentar,
    });
    if (!saved) return reply.page(<FeedbackPage view={{ ...base(tandem), state: 'given' }} />, 409);
    return reply.flash('success', 'tandems.help.flash.feedback').redirect(tandemPath(tandem.tandem.id), 303);
  });

  // From the attention list: a case for a tandem nobody asked about (or the one already being worked).
  app.post<TandemParams>(openCasePath(':id'), coordinate, async (req, reply) => {
    const actor = coordinator(req);
    const tandem = await tandemStatusOf(db, req.params.id);
    if (!tandem || !can(actor, 'tandems.coordinate', { programmeId: tandem.programmeId })) throw notFound();
    if (tandem.status === 'ended')
      return reply.flash('warning', 'tandems.help.flash.caseEnded').redirect(COORDINATION_TANDEMS_PATH, 303);
    const caseId = await openCaseForTandem(app.deps, tandem, actor.userId);
    return reply.flash('success', 'tandems.help.flash.caseOpened').redirect(supportCasePath(caseId), 303);
  });

  app.get<TandemParams>(tandemEndPath(':id'), coordinate, async (req, reply) => {
    const end = await tandemEnd(db, req.params.id);
    if (end?.status !== 'ended' || !can(coordinator(req), 'tandems.coordinate', end)) throw notFound();
    return reply.page(<EndInfoPage end={end} />);
  });

  app.get(SUPPORT_CASES_PATH, coordinate, async (req, reply) => {
    return reply.page(<CasesPage rows={await caseList(db, coordinator(req).programmeIds)} />);
  });

  app.get<CaseParams>(supportCasePath(':caseId'), coordinate, async (req, reply) => {
    return reply.page(await casePage(req, await loadCase(req)));
  });

  app.post<CaseParams>(supportCasePath(':caseId/notizen'), coordinate, async (req, reply) => {
    const row = await loadCase(req);
    if (row.case.status === 'closed') return reply.page(await casePage(req, row, {}, undefined, true), 409);
    const form = parseForm(noteForm, req.body);
    if (!form.ok) return reply.page(await casePage(req, row, form.values, form.errors), 422);
    await addCaseNote(app.deps, row.case.id, coordinator(req).userId, form.data.art, form.data.text);
    return reply.flash('success', 'tandems.help.flash.note').redirect(supportCasePath(row.case.id), 303);
  });

  app.post<CaseParams>(supportCasePath(':caseId/ergebnis'), coordinate, async (req, reply) => {
    const row = await loadCase(req);
    const form = parseForm(outcomeForm, req.body);
    if (!form.ok) return reply.page(await casePage(req, row, form.values, form.errors), 422);
    const result = await closeCase(
      app.deps,
      row.case,
      coordinator(req).userId,
      form.data.ergebnis,
      form.data.notiz,
    );
    if (result === 'unfit')
      return reply.page(
        await casePage(
          req,
          row,
          { ergebnis: form.data.ergebnis, notiz: form.data.notiz },
          {
            ergebnis: 'tandems.help.error.outcome.unfit',
          },
        ),
        422,
      );
    if (result === 'closed')
      return reply.page(await casePage(req, (await findCase(db, row.case.id))!, {}, undefined, true), 409);
    return reply.flash('success', 'tandems.help.flash.closed').redirect(supportCasePath(row.case.id), 303);
  });

  app.get('/koordination/rueckmeldungen', coordinate, async (req, reply) => {
    const ids = coordinator(req).programmeIds;
    const list = ids.length
      ? await db
          .select()
          .from(programmes)
          .where(inArray(programmes.id, [...ids]))
      : [];
    const figures = [];
    for (const p of list)
      figures.push({
        id: p.id,
        name: p.name,
        figures: await feedbackFigures(db, p.id),
        comments: await feedbackComments(db, p.id),
      });
    return reply.page(<FeedbackStatsPage programmes={figures} />);
  });
}
