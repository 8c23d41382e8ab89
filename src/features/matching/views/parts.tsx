import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../../i18n/index.ts';
import { useView } from '../../../ui/context.ts';

/** A data table with a caption and column headers; the rows are the caller's. */
export function Table(props: {
  id: string;
  caption: MessageKey;
  headers: MessageKey[];
  children: ComponentChildren;
}) {
  const { t } = useView();
  return (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--small kern-table--striped" id={props.id}>
        <caption class="kern-title">{t(props.caption)}</caption>
        <thead>
          <tr class="kern-table__row">
            {props.headers.map((h) => (
              <th class="kern-table__header" scope="col" key={h}>
                {t(h)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">{props.children}</tbody>
      </table>
    </div>
  );
}

/** A titled section of a matching page. */
export function Section(props: { id: string; title: MessageKey; children: ComponentChildren }) {
  const { t } = useView();
  return (
    <section aria-labelledby={props.id} class="account-section">
      <h2 class="kern-heading-medium" id={props.id}>
        {t(props.title)}
      </h2>
      {props.children}
    </section>
  );
}

/** A mentee back in the pool after a re-match: matched first. */
export function PriorityMarker() {
  const { t } = useView();
  return (
    <>
      {' '}
      <span class="kern-badge kern-badge--info">{t('tandems.attention.priority.marker')}</span>
    </>
  );
}
