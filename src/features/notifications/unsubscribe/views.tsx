import { Form, SubmitButton } from '../../../ui/components/Form.tsx';
import { MessagePage } from '../../../ui/components/MessagePage.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { PREFERENCES_PATH } from '../paths.ts';

/** The page a mail's unsubscribe link opens: one button; opening it changes nothing (mail scanners). */
export function UnsubscribePage(props: { action: string }) {
  const { t } = useView();
  return (
    <Page title="notifications.unsubscribe.title" lead="notifications.unsubscribe.lead">
      <Form action={props.action}>
        <SubmitButton label="notifications.unsubscribe.confirm" />
      </Form>
      <p class="kern-body">{t('notifications.unsubscribe.alternative')}</p>
    </Page>
  );
}

/** After unsubscribing, from the button or a mail client's one-click POST. */
export const UnsubscribedPage = () => (
  <MessagePage
    title="notifications.unsubscribe.done.title"
    text="notifications.unsubscribe.done"
    next={{ href: PREFERENCES_PATH, label: 'notifications.unsubscribe.done.settings' }}
  />
);

/** A link cut short, altered, or of an account that is gone. */
export const BadUnsubscribeLinkPage = () => (
  <MessagePage
    title="notifications.unsubscribe.bad.title"
    text="notifications.unsubscribe.bad"
    next={{ href: PREFERENCES_PATH, label: 'notifications.unsubscribe.done.settings' }}
  />
);
