import { ErrorSummary, Form, SubmitButton } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import type { FormErrors } from '../../../ui/context.ts';
import { EmailField, NewPasswordField } from './fields.tsx';

export function ForgotPage(props: { values?: Record<string, string>; errors?: FormErrors }) {
  return (
    <Page title="forgot.title" lead="forgot.lead" errors={props.errors}>
      <ErrorSummary errors={props.errors ?? {}} />
      <Form action="/passwort-vergessen" values={props.values} errors={props.errors}>
        <EmailField />
        <SubmitButton label="forgot.submit" />
      </Form>
    </Page>
  );
}

export function ResetPage(props: { token: string; errors?: FormErrors }) {
  return (
    <Page title="reset.title" lead="reset.lead" errors={props.errors}>
      <ErrorSummary errors={props.errors ?? {}} />
      <Form action="/passwort-vergessen/neu" errors={props.errors}>
        <input type="hidden" name="token" value={props.token} />
        <NewPasswordField />
        <SubmitButton label="reset.submit" />
      </Form>
    </Page>
  );
}
