import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  type CoordinatedCase,
  coordinatedProgrammes,
  requireCoordinatedCase,
  requireCoordinatedTandem,
  requireSignedIn,
  type TandemParams,
} from '../../../access/index.ts';
import { parseForm } from '../../../platform/forms.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { tandemFacts } from '../attention/queries.ts';
import { COORDINATION_TANDEMS_PATH, openCasePath, SUPPORT_CASES_PATH, supportCasePath } from '../paths.ts';
import { caseList, caseNotes, caseRow } from './queries.ts';
import { noteForm, outcomeForm } from './schema.ts';
import { addCaseNote, closeCase, openCaseForTandem } from './service.ts';
import { CasePage, CasesPage } from './views/CasePages.tsx';

const coordinate = { config: { access: 'tandems.coordinate' as const } };
type CaseParams = { Params: { caseId: string } };

async function casePage(
  req: FastifyRequest,
  c: CoordinatedCase,
  values: Record<string, string> = {},
  errors?: FormErrors,
  conflict = false,
) {
  const db = req.server.deps.database.db;
  const row = await caseRow(db, c);
  const facts =
    (await tandemFacts(db, [c.programmeId], req.server.deps.clock())).find((f) => f.id === c.tandemId) ??
    null;
  const notes = (await caseNotes(db, c.id)).map((n) => ({
    id: n.note.id,
    kind: n.note.kind,
    body: n.note.body,
    at: n.note.createdAt,
    authorName: n.authorName,
  }));
  return <CasePage view={{ row, facts, notes, values, errors, conflict }} />;
}

/**
 * The coordinators' side of support: the programmes' cases (/koordination/unterstuetzung), one
 * case's notes and outcome, and a case opened from the attention list for a tandem nobody asked about.
 */
export function registerSupportCases(app: FastifyInstance) {
  const db = app.deps.database.db;

  // From the attention list: a case for a tandem nobody asked about (or the one already being worked).
  app.post<TandemParams>(openCasePath(':id'), coordinate, async (req, reply) => {
    const tandem = await requireCoordinatedTandem(req, req.params.id);
    if (tandem.status === 'ended')
      return reply.flash('warning', 'tandems.help.flash.caseEnded').redirect(COORDINATION_TANDEMS_PATH, 303);
    const caseId = await openCaseForTandem(app.deps, tandem, requireSignedIn(req).userId);
    return reply.flash('success', 'tandems.help.flash.caseOpened').redirect(supportCasePath(caseId), 303);
  });

  app.get(SUPPORT_CASES_PATH, coordinate, async (req, reply) => {
    const ids = (await coordinatedProgrammes(req)).map((p) => p.id);
    return reply.page(<CasesPage rows={await caseList(db, ids)} />);
  });

  app.get<CaseParams>(supportCasePath(':caseId'), coordinate, async (req, reply) => {
    return reply.page(await casePage(req, await requireCoordinatedCase(req, req.params.caseId)));
  });

  app.post<CaseParams>(supportCasePath(':caseId/notizen'), coordinate, async (req, reply) => {
    const c = await requireCoordinatedCase(req, req.params.caseId);
    if (c.status === 'closed') return reply.page(await casePage(req, c, {}, undefined, true), 409);
    const form = parseForm(noteForm, req.body);
    if (!form.ok) return reply.page(await casePage(req, c, form.values, form.errors), 422);
    await addCaseNote(app.deps, c.id, requireSignedIn(req).userId, form.data.art, form.data.text);
    return reply.flash('success', 'tandems.help.flash.note').redirect(supportCasePath(c.id), 303);
  });

  app.post<CaseParams>(supportCasePath(':caseId/ergebnis'), coordinate, async (req, reply) => {
    const c = await requireCoordinatedCase(req, req.params.caseId);
    const form = parseForm(outcomeForm, req.body);
    if (!form.ok) return reply.page(await casePage(req, c, form.values, form.errors), 422);
    const { ergebnis, notiz } = form.data;
    const result = await closeCase(app.deps, c, requireSignedIn(req).userId, ergebnis, notiz);
    if (!result.ok && result.reason === 'unfit')
      return reply.page(
        await casePage(req, c, { ergebnis, notiz }, { ergebnis: 'tandems.help.error.outcome.unfit' }),
        422,
      );
    if (!result.ok)
      // caseRow reads the case again: the page shows how it was closed meanwhile.
      return reply.page(await casePage(req, c, {}, undefined, true), 409);
    return reply.flash('success', 'tandems.help.flash.closed').redirect(supportCasePath(c.id), 303);
  });
}
