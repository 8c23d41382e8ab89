import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { BASE } from '../routes/shared.ts';

/** For coordinators of several programmes: which programme to match. */
export function ProgrammesPage(props: { programmes: { slug: string; name: string }[] }) {
  const { t } = useView();
  return (
    <Page title="matching.title" lead="matching.programmes.lead">
      {props.programmes.length === 0 ? (
        <p class="kern-body">{t('matching.programmes.none')}</p>
      ) : (
        <ul class="kern-list">
          {props.programmes.map((p) => (
            <li key={p.slug}>
              <a class="kern-link" href={`${BASE}/${p.slug}`}>
                {p.name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
