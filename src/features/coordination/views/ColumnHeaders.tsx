import type { MessageKey } from '../../../i18n/index.ts';
import { useView } from '../../../ui/context.ts';

/** A table's header row: one column header per catalogue key, null for a column left out. */
export function ColumnHeaders(props: { columns: (MessageKey | null)[] }) {
  const { t } = useView();
  return (
    <thead>
      <tr class="kern-table__row">
        {props.columns
          .filter((c) => c !== null)
          .map((c) => (
            <th class="kern-table__header" scope="col" key={c}>
              {t(c)}
            </th>
          ))}
      </tr>
    </thead>
  );
}
