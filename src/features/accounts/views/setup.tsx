import { ErrorSummary, Form, SubmitButton } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import type { FormErrors } from '../../../ui/context.ts';
import { EmailField, NameField, NewPasswordField } from './fields.tsx';

export function SetupPage(props: { token: string; values?: Record<string, string>; errors?: FormErrors }) {
  return (
    <Page title="setup.title" lead="setup.lead" errors={props.errors}>
      <ErrorSummary errors={props.errors ?? {}} order={['name', 'email', 'password']} />
      <Form action="/einrichtung" values={props.values} errors={props.errors}>
        <input type="hidden" name="token" value={props.token} />
        <NameField />
        <EmailField />
        <NewPasswordField />
        <SubmitButton label="setup.submit" />
      </Form>
    </Page>
  );
}
