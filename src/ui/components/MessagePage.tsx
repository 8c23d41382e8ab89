import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../i18n/index.ts';
import { useView } from '../context.ts';
import { Page } from './Page.tsx';

/** A page that only tells the user something, with an optional next step. */
export function MessagePage(props: {
  title: MessageKey;
  text: MessageKey;
  vars?: Record<string, string | number>;
  next?: { href: string; label: MessageKey };
  children?: ComponentChildren;
}) {
  const { t } = useView();
  return (
    <Page title={props.title}>
      <p class="kern-body kern-body--large">{t(props.text, props.vars)}</p>
      {props.children}
      {props.next ? (
        <p class="kern-body">
          <a class="kern-link" href={props.next.href}>
            {t(props.next.label)}
          </a>
        </p>
      ) : null}
    </Page>
  );
}
