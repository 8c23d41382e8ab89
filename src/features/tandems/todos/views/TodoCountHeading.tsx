import { useView } from '../../../../ui/context.ts';

/**
 * "Offene Aufgaben (3)": after an htmx toggle the answer carries both headings again
 * (`swapOob`), so the counts follow the list without a reload.
 */
export function TodoCountHeading(props: { state: 'open' | 'done'; count: number; swapOob?: boolean }) {
  const { t } = useView();
  return (
    <h2
      class="kern-heading-medium"
      id={props.state === 'open' ? 'offene-aufgaben' : 'erledigte-aufgaben'}
      data-hx-swap-oob={props.swapOob ? 'true' : undefined}
    >
      {t(props.state === 'open' ? 'tandems.todos.page.open' : 'tandems.todos.page.done', {
        count: props.count,
      })}
    </h2>
  );
}
