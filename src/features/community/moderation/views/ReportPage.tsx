import { ChoiceGroup } from '../../../../ui/components/Choice.tsx';
import { ErrorSummary, Form, SubmitButton, TextArea } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../../ui/context.ts';
import { postPath } from '../../paths.ts';
import { REASON_LABELS } from './labels.ts';

/** Reporting a post: a reason and an optional note for the moderators. */
export function ReportPage(props: {
  threadId: string;
  postId: string;
  excerpt: string;
  action: string;
  values?: Record<string, string>;
  errors?: FormErrors;
}) {
  const { t } = useView();
  return (
    <Page title="moderation.report.title" lead="moderation.report.lead" errors={props.errors}>
      <p class="kern-body">
        <a class="kern-link" href={postPath(props.threadId, props.postId)}>
          {t('community.backToThread')}
        </a>
      </p>
      <ErrorSummary errors={props.errors ?? {}} order={['grund', 'notiz']} />
      <figure class="report-excerpt">
        <figcaption class="kern-label">{t('moderation.report.excerpt')}</figcaption>
        <blockquote class="kern-body">{props.excerpt}</blockquote>
      </figure>
      <Form action={props.action} values={props.values} errors={props.errors}>
        <ChoiceGroup
          name="grund"
          legend="moderation.report.reason"
          options={Object.entries(REASON_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <TextArea name="notiz" label="moderation.report.note" hint="moderation.report.noteHint" rows={3} />
        <SubmitButton label="moderation.report.submit" />
      </Form>
    </Page>
  );
}
