import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../i18n/index.ts';
import type { FormErrors } from '../context.ts';
import { useView } from '../context.ts';
import { Layout } from '../Layout.tsx';

/** A page with its heading; a page showing form errors gets "Fehler: " in its title, so screen readers hear it first. */
export function Page(props: {
  title: MessageKey;
  titleVars?: Record<string, string | number>;
  errors?: FormErrors;
  lead?: MessageKey;
  children?: ComponentChildren;
}) {
  const { t } = useView();
  const title = t(props.title, props.titleVars);
  const hasErrors = props.errors && Object.keys(props.errors).length > 0;
  return (
    <Layout title={hasErrors ? `${t('form.errorTitlePrefix')} ${title}` : title}>
      <h1 class="kern-heading-large">{title}</h1>
      {props.lead ? <p class="kern-body kern-body--large">{t(props.lead)}</p> : null}
      {props.children}
    </Layout>
  );
}
