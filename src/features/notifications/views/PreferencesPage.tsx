import { ChoiceGroup } from '../../../ui/components/Choice.tsx';
import { ErrorSummary, Form, SubmitButton } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { PREFERENCES_PATH } from '../paths.ts';

/** /konto/benachrichtigungen: how often mails come, and (for mentors) questions about their topics. */
export function PreferencesPage(props: {
  mentor: boolean;
  values: Record<string, string | undefined>;
  errors?: FormErrors;
}) {
  const { t } = useView();
  return (
    <Page title="notifications.settings.title" lead="notifications.settings.lead" errors={props.errors}>
      <Form action={PREFERENCES_PATH} values={props.values} errors={props.errors}>
        <ErrorSummary errors={props.errors ?? {}} order={['haeufigkeit', 'fragen']} />
        <ChoiceGroup
          name="haeufigkeit"
          legend="notifications.settings.mail"
          hint="notifications.settings.mail.hint"
          options={[
            { value: 'sofort', label: 'notifications.settings.mail.immediate' },
            { value: 'taeglich', label: 'notifications.settings.mail.daily' },
            { value: 'woechentlich', label: 'notifications.settings.mail.weekly' },
            { value: 'nie', label: 'notifications.settings.mail.never' },
          ]}
        />
        {props.mentor ? (
          <ChoiceGroup
            name="fragen"
            legend="notifications.settings.expert"
            hint="notifications.settings.expert.hint"
            options={[
              { value: 'ja', label: 'notifications.settings.expert.on' },
              { value: 'woechentlich', label: 'notifications.settings.expert.weekly' },
              { value: 'nein', label: 'notifications.settings.expert.off' },
            ]}
          />
        ) : null}
        <SubmitButton label="notifications.settings.save" />
      </Form>
      <p class="kern-body">
        <a class="kern-link" href="/konto">
          {t('notifications.settings.back')}
        </a>
      </p>
    </Page>
  );
}
