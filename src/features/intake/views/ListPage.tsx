import type { ParticipationStatus } from '../../../db/schema/registration.ts';
import { formatDate } from '../../../platform/time.ts';
import { CsrfField, ErrorSummary, FieldError } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { Pagination } from '../../../ui/components/Pagination.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import type { ListRow } from '../queries/list.ts';
import { FilterForm } from './FilterForm.tsx';
import { bundeslandKey, detailPath, LIST_PATH, listUrl, roleKey, statusKey } from './labels.ts';

export interface ListView {
  programmes: { id: string; name: string }[];
  /** The filters as typed, to refill the form and build links. */
  values: Record<string, string>;
  rows: ListRow[];
  counts: Partial<Record<ParticipationStatus, number>>;
  /** Registrations matching the filters but the status (a person with two roles once). */
  all: number;
  total: number;
  page: number;
  pages: number;
}

const PIPELINE: ParticipationStatus[] = [
  'registered',
  'intake_scheduled',
  'intake_held',
  'accepted',
  'not_eligible',
  'paused',
  'withdrawn',
];

function StatusCounts(props: { view: ListView }) {
  const { t } = useView();
  const { counts, values, all } = props.view;
  const link = (status?: string) => listUrl({ ...values, status, seite: undefined });
  const shown = PIPELINE.filter((s, i) => i < 5 || (counts[s] ?? 0) > 0);
  return (
    <section aria-labelledby="status-uebersicht">
      <h2 class="kern-heading-small" id="status-uebersicht">
        {t('intake.list.counts')}
      </h2>
      <ul class="kern-list kern-list--horizontal">
        <li>
          <a class="kern-link" href={link()} aria-current={values.status ? undefined : 'true'}>
            {t('intake.list.countAll', { count: all })}
          </a>
        </li>
        {shown.map((s) => (
          <li key={s}>
            <a class="kern-link" href={link(s)} aria-current={values.status === s ? 'true' : undefined}>
              {t('intake.list.count', { status: t(statusKey(s)), count: counts[s] ?? 0 })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ListPagination(props: { view: ListView }) {
  const { page, pages, values } = props.view;
  return <Pagination page={page} pages={pages} href={(p) => listUrl({ ...values, seite: String(p) })} />;
}

/** One checkbox per role: the bulk acceptance decides per role, as the detail page does. */
function Select(props: { row: ListRow }) {
  const { t } = useView();
  const r = props.row;
  const several = r.roles.length > 1;
  return (
    <>
      {r.roles.map((role) => {
        const boxId = `auswahl-${role.id}`;
        return (
          <div class="kern-form-check" key={role.id}>
            <input
              class="kern-form-check__checkbox"
              id={boxId}
              type="checkbox"
              name="auswahl"
              value={role.id}
            />
            <label class="kern-label" for={boxId}>
              {several ? <span aria-hidden="true">{t(roleKey(role.role))}</span> : null}
              <span class="kern-sr-only">
                {several
                  ? t('intake.list.selectRole', { name: r.name, role: t(roleKey(role.role)) })
                  : t('intake.list.select', { name: r.name })}
              </span>
            </label>
          </div>
        );
      })}
    </>
  );
}

/** A person in a programme: one row, whatever the number of roles; each role's status beside it. */
function Row(props: { row: ListRow }) {
  const { t, locale } = useView();
  const r = props.row;
  const statuses = new Set(r.roles.map((x) => x.status));
  return (
    <tr class="kern-table__row">
      <td class="kern-table__cell">
        <Select row={r} />
      </td>
      <th class="kern-table__header" scope="row">
        <a class="kern-link" href={detailPath(r.id)}>
          {r.name}
        </a>
        <br />
        <span class="kern-body kern-body--small">{r.email}</span>
      </th>
      <td class="kern-table__cell">{r.organisationName ?? '–'}</td>
      <td class="kern-table__cell">{r.bundesland ? t(bundeslandKey(r.bundesland)) : '–'}</td>
      <td class="kern-table__cell">{r.programmeName}</td>
      <td class="kern-table__cell">{r.roles.map((x) => t(roleKey(x.role))).join(t('intake.list.and'))}</td>
      <td class="kern-table__cell">
        {statuses.size === 1
          ? t(statusKey(r.roles[0]!.status))
          : r.roles.map((x, i) => (
              <span key={x.id}>
                {i > 0 ? <br /> : null}
                {t('intake.list.roleStatus', { role: t(roleKey(x.role)), status: t(statusKey(x.status)) })}
              </span>
            ))}
      </td>
      <td class="kern-table__cell">{formatDate(r.createdAt, locale)}</td>
    </tr>
  );
}

/** The intake pipeline: filters, counts per status, one page of registrations, bulk acceptance. */
export function ListPage(props: { view: ListView; errors?: FormErrors }) {
  const { t } = useView();
  const v = props.view;
  const errors = props.errors ?? {};
  const headers = ['intake.list.name', 'intake.list.organisation', 'intake.filter.bundesland'] as const;
  return (
    <Page title="intake.list.title" errors={errors} lead="intake.list.lead">
      <ErrorSummary errors={errors} order={['seit', 'suche', 'auswahl']} />
      <FilterForm programmes={v.programmes} values={v.values} errors={errors} />
      <StatusCounts view={v} />
      {v.rows.length === 0 ? (
        <p class="kern-body">{t('intake.list.empty')}</p>
      ) : (
        <form method="post" action={`${LIST_PATH}/sammelaktion`} class="kern-stack" novalidate>
          <CsrfField />
          <input type="hidden" name="zurueck" value={listUrl(v.values)} />
          <FieldError id="feld-auswahl" error={errors.auswahl} />
          <div class="kern-table-responsive">
            <table
              class="kern-table kern-table--small kern-table--striped"
              id="feld-auswahl"
              tabindex={-1}
              aria-describedby={errors.auswahl ? 'feld-auswahl-fehler' : undefined}
            >
              <caption class="kern-title">
                {t('intake.list.caption', { count: v.total, page: v.page, pages: v.pages })}
              </caption>
              <thead>
                <tr class="kern-table__row">
                  <th class="kern-table__header" scope="col">
                    {t('intake.list.selectColumn')}
                  </th>
                  {headers.map((h) => (
                    <th class="kern-table__header" scope="col" key={h}>
                      {t(h)}
                    </th>
                  ))}
                  <th class="kern-table__header" scope="col">
                    {t('intake.filter.programme')}
                  </th>
                  <th class="kern-table__header" scope="col">
                    {t('intake.filter.role')}
                  </th>
                  <th class="kern-table__header" scope="col">
                    {t('intake.filter.status')}
                  </th>
                  <th class="kern-table__header" scope="col">
                    {t('intake.list.registeredAt')}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {v.rows.map((r) => (
                  <Row key={r.id} row={r} />
                ))}
              </tbody>
            </table>
          </div>
          <p class="kern-hint" id="sammelaktion-hinweis">
            {t('intake.bulk.hint')}
          </p>
          <button type="submit" class="kern-btn kern-btn--secondary" aria-describedby="sammelaktion-hinweis">
            <span class="kern-label">{t('intake.bulk.submit')}</span>
          </button>
        </form>
      )}
      <ListPagination view={v} />
    </Page>
  );
}
