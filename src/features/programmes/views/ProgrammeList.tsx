import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';

export interface ProgrammeRow {
  slug: string;
  name: string;
  agency: string;
  registrationOpen: boolean;
}

/** Admins: every programme, with links to its data, topic list and coordination. */
export function ProgrammeList(props: { programmes: ProgrammeRow[] }) {
  const { t } = useView();
  return (
    <Page title="programmes.admin.title" lead="programmes.admin.lead">
      <p class="kern-body">
        <a class="kern-btn kern-btn--secondary" href="/verwaltung/programme/neu">
          <span class="kern-label">{t('programmes.create.title')}</span>
        </a>
      </p>
      <div class="kern-table-responsive">
        <table class="kern-table">
          <caption class="kern-sr-only">{t('programmes.admin.title')}</caption>
          <thead class="kern-table__header">
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                {t('programmes.admin.programme')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('programmes.field.agency')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('programmes.admin.registration')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('programmes.admin.more')}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {props.programmes.map((p) => (
              <tr class="kern-table__row" key={p.slug}>
                <th class="kern-table__cell" scope="row">
                  <a class="kern-link" href={`/verwaltung/programme/${p.slug}`}>
                    {p.name}
                  </a>
                </th>
                <td class="kern-table__cell">{p.agency}</td>
                <td class="kern-table__cell">
                  {t(p.registrationOpen ? 'programmes.admin.open' : 'programmes.admin.closed')}
                </td>
                <td class="kern-table__cell">
                  <ProgrammeLinks slug={p.slug} name={p.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Page>
  );
}

/** Links to a programme's topic list and coordination; the name is read out for context. */
/** Back to the programme administration (admins' pages). */
export function AdminBackLink() {
  const { t } = useView();
  return (
    <p class="kern-body">
      <a class="kern-link" href="/verwaltung/programme">
        {t('programmes.admin.back')}
      </a>
    </p>
  );
}

export function ProgrammeLinks(props: { slug: string; name: string; edit?: boolean }) {
  const { t } = useView();
  const links = [
    ...(props.edit
      ? [{ href: `/verwaltung/programme/${props.slug}`, label: t('programmes.admin.data') }]
      : []),
    { href: `/programme/${props.slug}/themen`, label: t('programmes.admin.topics') },
    { href: `/verwaltung/programme/${props.slug}/koordination`, label: t('programmes.admin.coordinators') },
    { href: `/koordination/matching/${props.slug}/einstellungen`, label: t('programmes.admin.weights') },
  ];
  return (
    <ul class="kern-list">
      {links.map((l) => (
        <li key={l.href}>
          <a class="kern-link" href={l.href}>
            {l.label}
            <span class="kern-sr-only"> {t('programmes.quoted', { label: props.name })}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
