import { ErrorSummary, Form, SubmitButton, TextField } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import type { FormErrors } from '../../../ui/context.ts';

export function SetupPage(props: { token: string; values?: Record<string, string>; errors?: FormErrors }) {
  return (
    <Page title="setup.title" lead="setup.lead" errors={props.errors}>
      <ErrorSummary errors={props.errors ?? {}} order={['name', 'email', 'password']} />
      <Form action="/einrichtung">
        <input type="hidden" name="token" value={props.token} />
        <TextField
          name="name"
          label="form.name"
          autocomplete="name"
          value={props.values?.name}
          errors={props.errors}
          maxLength={200}
        />
        <TextField
          name="email"
          type="email"
          label="form.email"
          autocomplete="email"
          value={props.values?.email}
          errors={props.errors}
        />
        <TextField
          name="password"
          type="password"
          label="form.newPassword"
          hint="form.password.hint"
          autocomplete="new-password"
          errors={props.errors}
        />
        <SubmitButton label="setup.submit" />
      </Form>
    </Page>
  );
}
