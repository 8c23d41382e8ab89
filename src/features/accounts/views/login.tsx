import { Alert } from '../../../ui/components/Alert.tsx';
import { ErrorSummary, Form, SubmitButton, TextField } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { CodeField, EmailField } from './fields.tsx';

export function LoginPage(props: { values?: Record<string, string>; errors?: FormErrors; failed?: boolean }) {
  const { t } = useView();
  return (
    <Page title="login.title" errors={props.errors ?? (props.failed ? { email: 'login.failed' } : undefined)}>
      {props.failed ? (
        <div
          class="kern-alert kern-alert--danger error-summary"
          role="alert"
          tabindex={-1}
          data-error-summary
        >
          <div class="kern-alert__header">
            <span class="kern-icon kern-icon--danger" aria-hidden="true" />
            <h2 class="kern-title">{t('login.failed')}</h2>
          </div>
          <div class="kern-alert__body">
            <p class="kern-body">{t('login.failedHint')}</p>
          </div>
        </div>
      ) : (
        <ErrorSummary errors={props.errors ?? {}} order={['email', 'password']} />
      )}
      <Form action="/anmelden" values={props.values} errors={props.errors}>
        {props.values?.weiter ? <input type="hidden" name="weiter" value={props.values.weiter} /> : null}
        <EmailField autocomplete="username" />
        <TextField name="password" type="password" label="form.password" autocomplete="current-password" />
        <SubmitButton label="login.submit" />
      </Form>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href="/passwort-vergessen">
            {t('login.forgot')}
          </a>
        </li>
        <li>
          <a class="kern-link" href="/konto/erstellen">
            {t('login.noAccount')}
          </a>
        </li>
      </ul>
    </Page>
  );
}

export function UnverifiedPage(props: { email: string }) {
  const { t } = useView();
  return (
    <Page title="login.unverified.title">
      <Alert kind="warning" title={t('login.unverified.text')} />
      <Form action="/konto/bestaetigen/erneut">
        <input type="hidden" name="email" value={props.email} />
        <SubmitButton label="verify.resend" kind="secondary" />
      </Form>
    </Page>
  );
}

export function MfaLoginPage(props: { errors?: FormErrors }) {
  const { t } = useView();
  return (
    <Page title="mfa.login.title" errors={props.errors}>
      <ErrorSummary errors={props.errors ?? {}} />
      <p class="kern-body">{t('mfa.login.text')}</p>
      <Form action="/anmelden/2fa" errors={props.errors}>
        <CodeField hint="mfa.login.hint" recovery />
        <SubmitButton label="mfa.login.submit" />
      </Form>
    </Page>
  );
}
