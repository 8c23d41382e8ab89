import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../../i18n/index.ts';
import { useView } from '../../../ui/context.ts';

/** A label and a value in a description list; a dash when there is nothing to show. */
export function Item(props: { label: MessageKey; children?: ComponentChildren }) {
  const { t } = useView();
  const empty =
    props.children === undefined ||
    props.children === null ||
    props.children === '' ||
    (Array.isArray(props.children) && props.children.length === 0);
  return (
    <div class="kern-description-list-item">
      <dt class="kern-description-list-item__key">{t(props.label)}</dt>
      <dd class="kern-description-list-item__value">{empty ? '–' : props.children}</dd>
    </div>
  );
}
