import { ErrorSummary, Form, SubmitButton, TextField } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';

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
      <section aria-labelledby="konto-daten" class="account-section">
        <h2 class="kern-heading-medium" id="konto-daten">
          {t('account.data')}
        </h2>
        <dl class="kern-description-list">
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{t('form.name')}</dt>
            <dd class="kern-description-list-item__value">{a.name}</dd>
          </div>
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{t('form.email')}</dt>
            <dd class="kern-description-list-item__value" data-account-email>
              {a.email}
            </dd>
          </div>
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{t('account.role')}</dt>
            <dd class="kern-description-list-item__value">{t(a.roleLabel)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="zwei-faktor" class="account-section">
        <h2 class="kern-heading-medium" id="zwei-faktor">
          {t('mfa.title')}
        </h2>
        <p class="kern-body">
          {a.mfaEnabled ? t('mfa.statusOn') : a.mfaRequired ? t('mfa.statusRequired') : t('mfa.statusOff')}
        </p>
        <p class="kern-body">
          <a class="kern-link" href="/konto/2fa">
            {a.mfaEnabled ? t('mfa.manage') : t('mfa.setUp')}
          </a>
        </p>
      </section>

      <section aria-labelledby="passwort" class="account-section">
        <h2 class="kern-heading-medium" id="passwort">
          {t('account.changePassword')}
        </h2>
        <Form action="/konto/passwort">
          <TextField
            name="currentPassword"
            type="password"
            label="form.currentPassword"
            autocomplete="current-password"
            errors={errors}
          />
          <TextField
            name="password"
            type="password"
            label="form.newPassword"
            hint="form.password.hint"
            autocomplete="new-password"
            errors={errors}
          />
          <SubmitButton label="account.changePassword" kind="secondary" />
        </Form>
      </section>

      <section aria-labelledby="email-aendern" class="account-section">
        <h2 class="kern-heading-medium" id="email-aendern">
          {t('account.changeEmail')}
        </h2>
        <Form action="/konto/email">
          <TextField
            name="email"
            type="email"
            label="form.newEmail"
            hint="account.changeEmailHint"
            autocomplete="email"
            value={props.values?.email}
            errors={errors}
          />
          <TextField
            name="emailCurrentPassword"
            type="password"
            label="form.currentPassword"
            autocomplete="current-password"
            errors={errors}
          />
          <SubmitButton label="account.changeEmail" kind="secondary" />
        </Form>
      </section>

      <section aria-labelledby="ueberall-abmelden" class="account-section">
        <h2 class="kern-heading-medium" id="ueberall-abmelden">
          {t('account.logoutEverywhere')}
        </h2>
        <p class="kern-body">{t('account.logoutEverywhereText')}</p>
        <Form action="/konto/abmelden-ueberall">
          <SubmitButton label="account.logoutEverywhere" kind="secondary" />
        </Form>
      </section>
    </Page>
  );
}
