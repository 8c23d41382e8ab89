import { Form, SubmitButton } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { useView } from '../../../../ui/context.ts';
import { meetingPath } from '../paths.ts';
import { clockTime, longDate } from './labels.ts';

/** "Möchten Sie das Treffen am … wirklich absagen?": the question before a meeting is cancelled, without JS. */
export function CancelPage(props: { tandemId: string; meetingId: string; startsAt: Date }) {
  const { t, locale } = useView();
  const back = meetingPath(props.tandemId, props.meetingId);
  return (
    <Page title="tandems.meetings.cancel.title">
      <p class="kern-body kern-body--large">
        {t('tandems.meetings.cancel.question', {
          date: longDate(props.startsAt, locale),
          time: clockTime(props.startsAt, locale),
        })}
      </p>
      <p class="kern-body">{t('tandems.meetings.cancel.hint')}</p>
      <Form action={`${back}/absage`}>
        <SubmitButton label="tandems.meetings.cancel.confirm" />
      </Form>
      <p class="kern-body">
        <a class="kern-link" href={back}>
          {t('tandems.meetings.cancel.back')}
        </a>
      </p>
    </Page>
  );
}
