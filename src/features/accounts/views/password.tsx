import { ErrorSummary, Form, SubmitButton, TextField } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import type { FormErrors } from '../../../ui/context.ts';

export function ForgotPage(props: { values?: Record<string, string>; errors?: FormErrors }) {
  return (
    <Page title="forgot.title" lead="forgot.lead" errors={props.errors}>
      <ErrorSummary errors={props.errors ?? {}} />
      <Form action="/passwort-vergessen">
        <TextField
          name="email"
          type="email"
          label="form.email"
          autocomplete="email"
          value={props.values?.email}
          errors={props.errors}
        />
        <SubmitButton label="forgot.submit" />
      </Form>
    </Page>
  );
}

export function ResetPage(props: { token: string; errors?: FormErrors }) {
  return (
    <Page title="reset.title" lead="reset.lead" errors={props.errors}>
      <ErrorSummary errors={props.errors ?? {}} />
      <Form action="/passwort-vergessen/neu">
        <input type="hidden" name="token" value={props.token} />
        <TextField
          name="password"
          type="password"
          label="form.newPassword"
          hint="form.password.hint"
          autocomplete="new-password"
          errors={props.errors}
        />
        <SubmitButton label="reset.submit" />
      </Form>
    </Page>
  );
}
