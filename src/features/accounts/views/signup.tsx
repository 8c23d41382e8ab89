import { ErrorSummary, Form, SubmitButton } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { EmailField, NameField, NewPasswordField } from './fields.tsx';

export function SignupPage(props: { values?: Record<string, string>; errors?: FormErrors }) {
  const { t } = useView();
  return (
    <Page title="signup.title" lead="signup.lead" errors={props.errors}>
      <ErrorSummary errors={props.errors ?? {}} order={['name', 'email', 'password']} />
      <Form action="/konto/erstellen" values={props.values} errors={props.errors}>
        <NameField />
        <EmailField />
        <NewPasswordField />
        <SubmitButton label="signup.submit" />
      </Form>
      <p class="kern-body">
        <a class="kern-link" href="/anmelden">
          {t('signup.haveAccount')}
        </a>
      </p>
    </Page>
  );
}

/** Asks for a confirmation click, so that mail scanners opening the link do not use the token up. */
export function VerifyPage(props: { token: string; action?: string }) {
  return (
    <Page title="verify.title" lead="verify.text">
      <Form action={props.action ?? '/konto/bestaetigen'}>
        <input type="hidden" name="token" value={props.token} />
        <SubmitButton label="verify.submit" />
      </Form>
    </Page>
  );
}

export function ResendPage(props: { values?: Record<string, string>; errors?: FormErrors }) {
  return (
    <Page title="verify.resendTitle" lead="verify.resendLead" errors={props.errors}>
      <ErrorSummary errors={props.errors ?? {}} />
      <Form action="/konto/bestaetigen/erneut" values={props.values} errors={props.errors}>
        <EmailField />
        <SubmitButton label="verify.resend" />
      </Form>
    </Page>
  );
}
