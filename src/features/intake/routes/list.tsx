import type { FastifyInstance, FastifyRequest } from 'fastify';
import { coordinatedProgrammes, requireSignedIn } from '../../../access/index.ts';
import { parseForm, submittedValues } from '../../../platform/forms.ts';
import { fromBerlin } from '../../../platform/time.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { countByStatus, type ListFilters, listParticipations, PAGE_SIZE } from '../queries/list.ts';
import { bulkForm, listQuery } from '../schema.ts';
import { acceptMany } from '../service/decisions.ts';
import { BulkResultPage } from '../views/BulkResultPage.tsx';
import { ListPage, type ListView } from '../views/ListPage.tsx';
import { LIST_PATH, safeListUrl } from '../views/labels.ts';
import { access } from './shared.tsx';

/**
 * The list for these query parameters. A filter that is not valid is reported next to its field
 * (422) and left out, so the list still shows something useful.
 */
async function listPage(req: FastifyRequest, raw: Record<string, unknown>, extraErrors: FormErrors = {}) {
  const actor = requireSignedIn(req);
  const db = req.server.deps.database.db;
  const parsed = parseForm(listQuery, raw);
  const errors: FormErrors = { ...(parsed.ok ? {} : parsed.errors), ...extraErrors };
  const usable = parsed.ok
    ? parsed.data
    : (listQuery.safeParse(Object.fromEntries(Object.entries(raw).filter(([k]) => !(k in parsed.errors))))
        .data ?? listQuery.parse({}));
  const filters: ListFilters = {
    scope: actor.programmeIds,
    programmeId: usable.programm,
    role: usable.rolle,
    status: usable.status,
    bundesland: usable.bundesland,
    since: usable.seit ? fromBerlin(usable.seit) : undefined,
    search: usable.suche,
    page: usable.seite,
  };
  const { byStatus: counts, all } = await countByStatus(db, filters);
  const total = filters.status ? (counts[filters.status] ?? 0) : all;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  filters.page = Math.min(filters.page, pages);
  const rows = await listParticipations(db, filters);
  const programmes = await coordinatedProgrammes(req);
  const view: ListView = {
    programmes: programmes.map((p) => ({ id: p.id, name: p.name })),
    values: { ...submittedValues(raw), seite: String(filters.page) },
    rows,
    counts,
    all,
    total,
    page: filters.page,
    pages,
  };
  const hasErrors = Object.keys(errors).length > 0;
  return { node: <ListPage view={view} errors={errors} />, status: hasErrors ? 422 : 200 };
}

/** The pipeline's list, and accepting several people after their calls at once. */
export function registerListRoutes(app: FastifyInstance) {
  app.get(LIST_PATH, access, async (req, reply) => {
    const { node, status } = await listPage(req, (req.query ?? {}) as Record<string, unknown>);
    return reply.page(node, status);
  });

  app.post(`${LIST_PATH}/sammelaktion`, access, async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const back = safeListUrl(body.zurueck);
    const form = parseForm(bulkForm, body);
    if (!form.ok) {
      const query = Object.fromEntries(new URL(back, 'http://localhost').searchParams);
      const { node } = await listPage(req, query, form.errors);
      return reply.page(node, 422);
    }
    const result = await acceptMany(app.deps, requireSignedIn(req), form.data.auswahl);
    return reply.page(<BulkResultPage result={result} back={back} />);
  });
}
