import { ErrorSummary, Form, SubmitButton } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { AccountSection, CurrentPasswordField, EmailField, Facts, NewPasswordField } from './fields.tsx';

export interface AccountView {
  name: string;
  email: string;
  roleLabel: 'role.participant' | 'role.coordinator' | 'role.admin';
  mfaEnabled: boolean;
  mfaRequired: boolean;
}

/** Settings: each section is its own form, so an error in one keeps the others as they were. */
export function AccountPage(props: {
  account: AccountView;
  errors?: FormErrors;
  values?: Record<string, string>;
}) {
  const { t } = useView();
  const a = props.account;
  const errors = props.errors ?? {};
  return (
    <Page title="account.title" errors={props.errors}>
      <ErrorSummary errors={errors} />
      <AccountSection id="konto-daten" title="account.data">
        <Facts
          rows={[
            { label: 'form.name', value: a.name },
            { label: 'form.email', value: a.email, attrs: { 'data-account-email': true } },
            { label: 'account.role', value: t(a.roleLabel) },
          ]}
        />
      </AccountSection>

      <AccountSection id="zwei-faktor" title="mfa.title">
        <p class="kern-body">
          {a.mfaEnabled ? t('mfa.statusOn') : a.mfaRequired ? t('mfa.statusRequired') : t('mfa.statusOff')}
        </p>
        <p class="kern-body">
          <a class="kern-link" href="/konto/2fa">
            {a.mfaEnabled ? t('mfa.manage') : t('mfa.setUp')}
          </a>
        </p>
      </AccountSection>

      <AccountSection id="passwort" title="account.changePassword">
        <Form action="/konto/passwort" errors={errors}>
          <CurrentPasswordField name="currentPassword" />
          <NewPasswordField />
          <SubmitButton label="account.changePassword" kind="secondary" />
        </Form>
      </AccountSection>

      <AccountSection id="email-aendern" title="account.changeEmail">
        <Form action="/konto/email" values={props.values} errors={errors}>
          <EmailField label="form.newEmail" hint="account.changeEmailHint" />
          <CurrentPasswordField name="emailCurrentPassword" />
          <SubmitButton label="account.changeEmail" kind="secondary" />
        </Form>
      </AccountSection>

      <AccountSection id="benachrichtigungen" title="notifications.settings.title">
        <p class="kern-body">
          <a class="kern-link" href="/konto/benachrichtigungen">
            {t('notifications.settings.account')}
          </a>
        </p>
      </AccountSection>

      <AccountSection id="ueberall-abmelden" title="account.logoutEverywhere">
        <p class="kern-body">{t('account.logoutEverywhereText')}</p>
        <Form action="/konto/abmelden-ueberall">
          <SubmitButton label="account.logoutEverywhere" kind="secondary" />
        </Form>
      </AccountSection>
    </Page>
  );
}
