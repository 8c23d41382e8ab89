import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireSignedIn } from '../../../access/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { can } from '../../../policy/index.ts';
import { findProgrammeById, listActiveTopics, type Programme } from '../../programmes/index.ts';
import { draftRows, type ImportDraft, loadImportDraft, saveMapping } from '../drafts.ts';
import { readMappingForm, suggestMapping } from '../mapping.ts';
import { runImport } from '../service.ts';
import { validateRows } from '../validate.ts';
import { CheckPage } from '../views/CheckPage.tsx';
import { MappingPage } from '../views/MappingPage.tsx';
import { ResultPage } from '../views/ResultPage.tsx';

const access = { config: { access: 'import.run' as const } };
const base = (token: string) => `/koordination/import/${token}`;

/** Steps 2–4 of an upload: mapping, check (with dry run) and import, result. */
export function registerStepRoutes(app: FastifyInstance) {
  const deps = app.deps;
  const db = deps.database.db;

  /** The actor's own upload, for a programme they coordinate; anything else is not found. */
  async function load(req: FastifyRequest) {
    const token = (req.params as { token: string }).token;
    const actor = requireSignedIn(req);
    const draft = await loadImportDraft(db, token, actor.userId, deps.clock());
    if (!draft) throw notFound();
    if (!can(actor, 'import.run', { programmeId: draft.data.programmeId })) throw notFound();
    const programme = await findProgrammeById(db, draft.data.programmeId);
    if (!programme) throw notFound();
    return { token, draft, programme, actorId: actor.userId };
  }

  async function validate(draft: ImportDraft, programme: Programme) {
    const topics = await listActiveTopics(db, programme.id);
    return validateRows(draftRows(draft), draft.data.mapping!, {
      topics,
      fundingOptions: programme.fundingOptions,
      currentYear: deps.clock().getFullYear(),
    });
  }

  const mappingPage = (
    token: string,
    draft: ImportDraft,
    programme: Programme,
    mapping = draft.data.mapping ?? suggestMapping(draft.data.headers),
    errors?: Parameters<typeof MappingPage>[0]['errors'],
  ) => (
    <MappingPage
      token={token}
      fileName={draft.data.fileName}
      programmeName={programme.name}
      headers={draft.data.headers}
      rowCount={draft.data.rows.length}
      preview={draftRows(draft).slice(0, 5)}
      mapping={mapping}
      errors={errors}
    />
  );

  app.get('/koordination/import/:token/zuordnung', access, async (req, reply) => {
    const { token, draft, programme } = await load(req);
    if (draft.data.result) return reply.redirect(`${base(token)}/ergebnis`, 303);
    return reply.page(mappingPage(token, draft, programme));
  });

  app.post('/koordination/import/:token/zuordnung', access, async (req, reply) => {
    const { token, draft, programme } = await load(req);
    if (draft.data.result) return reply.redirect(`${base(token)}/ergebnis`, 303);
    const form = readMappingForm(req.body, draft.data.headers.length);
    if (!form.ok) return reply.page(mappingPage(token, draft, programme, form.mapping, form.errors), 422);
    await saveMapping(db, draft, form.mapping, deps.clock());
    return reply.redirect(`${base(token)}/pruefung`, 303);
  });

  app.get('/koordination/import/:token/pruefung', access, async (req, reply) => {
    const { token, draft, programme } = await load(req);
    if (draft.data.result) return reply.redirect(`${base(token)}/ergebnis`, 303);
    if (!draft.data.mapping) return reply.redirect(`${base(token)}/zuordnung`, 303);
    const checked = await validate(draft, programme);
    return reply.page(
      <CheckPage
        token={token}
        total={draft.data.rows.length}
        valid={checked.valid.length}
        invalidRows={checked.invalidRows}
        issues={checked.issues}
      />,
    );
  });

  app.post('/koordination/import/:token/import', access, async (req, reply) => {
    const { token, draft, programme, actorId } = await load(req);
    if (draft.data.result) {
      return reply.flash('info', 'imports.result.alreadyDone').redirect(`${base(token)}/ergebnis`, 303);
    }
    if (!draft.data.mapping) return reply.redirect(`${base(token)}/zuordnung`, 303);
    // Only the "Importieren" button writes; anything else is a dry run.
    const dryRun = (req.body as { modus?: unknown } | undefined)?.modus !== 'importieren';
    const checked = await validate(draft, programme);
    const outcome = await runImport(deps, {
      programme,
      rows: checked.valid,
      invalid: { rows: checked.invalidRows, issues: checked.issues },
      actorId,
      dryRun,
      draft,
    });
    if (!outcome.ok) {
      return reply.flash('info', 'imports.result.alreadyDone').redirect(`${base(token)}/ergebnis`, 303);
    }
    if (dryRun) return reply.page(<ResultPage token={token} summary={outcome.value} />);
    return reply.flash('success', 'imports.result.done').redirect(`${base(token)}/ergebnis`, 303);
  });

  app.get('/koordination/import/:token/ergebnis', access, async (req, reply) => {
    const { token, draft } = await load(req);
    if (!draft.data.result) return reply.redirect(`${base(token)}/pruefung`, 303);
    return reply.page(<ResultPage token={token} summary={draft.data.result} />);
  });
}
