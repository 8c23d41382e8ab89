import { Alert } from '../../../ui/components/Alert.tsx';
import { ErrorSummary, Form, SubmitButton } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { AccountSection, CodeField, CurrentPasswordField } from './fields.tsx';

export function MfaSetupPage(props: {
  secret: string;
  qrDataUrl: string;
  required: boolean;
  errors?: FormErrors;
}) {
  const { t } = useView();
  const grouped = props.secret.match(/.{1,4}/g)?.join(' ') ?? props.secret;
  return (
    <Page title="mfa.setup.title" errors={props.errors}>
      <ErrorSummary errors={props.errors ?? {}} />
      {props.required ? <Alert kind="warning" title={t('mfa.requiredNotice')} /> : null}
      <ol class="kern-list kern-list--number">
        <li>{t('mfa.setup.step1')}</li>
        <li>
          {t('mfa.setup.step2')}
          <div class="qr-code">
            <img src={props.qrDataUrl} alt={t('mfa.setup.qrAlt')} width={200} height={200} />
          </div>
          <p class="kern-body">{t('mfa.setup.manual')}</p>
          <p class="kern-body">
            <code class="totp-secret" data-totp-secret={props.secret}>
              {grouped}
            </code>
          </p>
        </li>
        <li>{t('mfa.setup.step3')}</li>
      </ol>
      <Form action="/konto/2fa" errors={props.errors}>
        <CodeField hint="mfa.setup.codeHint" />
        <SubmitButton label="mfa.setup.submit" />
      </Form>
    </Page>
  );
}

export function RecoveryCodesPage(props: { codes: string[] }) {
  const { t } = useView();
  return (
    <Page title="mfa.codes.title">
      <Alert kind="success" title={t('mfa.codes.saved')} live />
      <p class="kern-body">{t('mfa.codes.text')}</p>
      <ul class="recovery-codes" data-recovery-codes>
        {props.codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <p class="kern-body">
        <a class="kern-link" href="/konto">
          {t('mfa.codes.done')}
        </a>
      </p>
    </Page>
  );
}

export function MfaManagePage(props: { remaining: number; canDisable: boolean; errors?: FormErrors }) {
  const { t } = useView();
  const errors = props.errors ?? {};
  return (
    <Page title="mfa.title" errors={props.errors}>
      <ErrorSummary errors={errors} />
      <p class="kern-body">{t('mfa.statusOn')}</p>
      <p class="kern-body">{t('mfa.codes.remaining', { count: props.remaining })}</p>
      <AccountSection id="codes-erneuern" title="mfa.codes.renew">
        <Form action="/konto/2fa/wiederherstellungscodes" errors={errors}>
          <CurrentPasswordField name="currentPassword" />
          <SubmitButton label="mfa.codes.renew" kind="secondary" />
        </Form>
      </AccountSection>
      {props.canDisable ? (
        <AccountSection id="zwei-faktor-aus" title="mfa.disable">
          <Form action="/konto/2fa/deaktivieren" errors={errors}>
            <CurrentPasswordField name="disablePassword" />
            <SubmitButton label="mfa.disable" kind="secondary" />
          </Form>
        </AccountSection>
      ) : (
        <p class="kern-body">{t('mfa.cannotDisable')}</p>
      )}
    </Page>
  );
}
