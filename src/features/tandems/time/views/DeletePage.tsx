import { Form, SubmitButton } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { useView } from '../../../../ui/context.ts';
import { formatDay } from '../../todos/views/labels.ts';
import { entryPath, formatDuration } from './labels.ts';

/** The question before an own time entry is deleted: a confirm button and the way back, without JS. */
export function DeletePage(props: { entry: { id: string; on: string; minutes: number } }) {
  const { t, locale } = useView();
  const e = props.entry;
  return (
    <Page title="tandems.time.deletePage.title">
      <p class="kern-body kern-body--large">
        {t('tandems.time.deletePage.question', {
          date: formatDay(e.on, locale),
          duration: formatDuration(e.minutes, t),
        })}
      </p>
      <Form action={`${entryPath(e.id)}/loeschen`}>
        <SubmitButton label="tandems.time.deletePage.confirm" />
      </Form>
      <p class="kern-body">
        <a class="kern-link" href={entryPath(e.id)}>
          {t('tandems.time.deletePage.back')}
        </a>
      </p>
    </Page>
  );
}
