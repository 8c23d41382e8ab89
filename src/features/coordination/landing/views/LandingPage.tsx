import type { AreaEntry } from '../../../../platform/navigation.ts';
import { Page } from '../../../../ui/components/Page.tsx';
import { useView } from '../../../../ui/context.ts';

function Group(props: {
  id: string;
  title: 'coordination.section.coordination' | 'coordination.section.admin';
  areas: AreaEntry[];
}) {
  const { t } = useView();
  if (props.areas.length === 0) return null;
  return (
    <section aria-labelledby={props.id} class="account-section">
      <h2 class="kern-heading-medium" id={props.id}>
        {t(props.title)}
      </h2>
      <ul class="kern-list">
        {props.areas.map((a) => (
          <li key={a.href}>
            <a class="kern-link" href={a.href}>
              {t(a.label)}
            </a>
            : {t(a.about)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The coordination area's landing page: each page the actor may use, with one sentence about it. */
export function LandingPage(props: { areas: AreaEntry[] }) {
  return (
    <Page title="coordination.title" lead="coordination.lead">
      <Group
        id="koordinieren"
        title="coordination.section.coordination"
        areas={props.areas.filter((a) => a.group === 'coordination')}
      />
      <Group
        id="verwaltung"
        title="coordination.section.admin"
        areas={props.areas.filter((a) => a.group === 'admin')}
      />
    </Page>
  );
}
