import { ErrorSummary, FieldError, Form, SubmitButton, TextField } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';

/** An imported person sets a password and confirms the privacy notice. */
export function InvitationPage(props: { token: string; email: string; errors?: FormErrors }) {
  const { t } = useView();
  const consentError = props.errors?.consent;
  return (
    <Page title="imports.invite.title" lead="imports.invite.lead" errors={props.errors}>
      <ErrorSummary errors={props.errors ?? {}} order={['password', 'consent']} />
      <p class="kern-body">{t('imports.invite.account', { email: props.email })}</p>
      <Form action="/einladung" errors={props.errors}>
        <input type="hidden" name="token" value={props.token} />
        <input type="hidden" name="email" value={props.email} autocomplete="username" />
        <TextField
          name="password"
          type="password"
          label="form.newPassword"
          hint="form.password.hint"
          autocomplete="new-password"
        />
        <div class={`kern-form-check${consentError ? ' kern-form-check--error' : ''}`}>
          <FieldError id="feld-consent" error={consentError} />
          <input
            class={`kern-form-check__checkbox${consentError ? ' kern-form-check__checkbox--error' : ''}`}
            type="checkbox"
            id="feld-consent"
            name="consent"
            value="ja"
            aria-describedby={consentError ? 'feld-consent-fehler' : undefined}
            aria-invalid={consentError ? 'true' : undefined}
            required
          />
          <label class="kern-label" for="feld-consent">
            {t('imports.invite.consent')}
          </label>
        </div>
        <p class="kern-body">
          <a class="kern-link" href="/datenschutz" target="_blank" rel="noopener">
            {t('imports.invite.privacy')}
          </a>
        </p>
        <SubmitButton label="imports.invite.submit" />
      </Form>
      <p class="kern-body kern-body--small">{t('imports.invite.decline')}</p>
    </Page>
  );
}
