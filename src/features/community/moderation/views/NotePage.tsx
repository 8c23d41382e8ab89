import { ErrorSummary, Form, SubmitButton, TextArea } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../../ui/context.ts';
import { postPath } from '../../paths.ts';

export type NoteKind = 'hide' | 'reject' | 'edit';

const TEXTS = {
  hide: { title: 'moderation.hide.title', lead: 'moderation.hide.lead', submit: 'moderation.hide.submit' },
  reject: {
    title: 'moderation.reject.title',
    lead: 'moderation.reject.lead',
    submit: 'moderation.reject.submit',
  },
  edit: { title: 'moderation.edit.title', lead: 'moderation.edit.lead', submit: 'moderation.edit.submit' },
} as const;

/** A moderator's decision the author is told about with a reason: hide, reject, or edit (with the text). */
export function NotePage(props: {
  kind: NoteKind;
  threadId: string;
  postId: string;
  excerpt: string;
  action: string;
  /** 'warteschlange' when the moderator came from the queue and goes back there. */
  from?: string;
  values?: Record<string, string>;
  errors?: FormErrors;
}) {
  const { t } = useView();
  const texts = TEXTS[props.kind];
  const edit = props.kind === 'edit';
  return (
    <Page title={texts.title} lead={texts.lead} errors={props.errors}>
      <ErrorSummary errors={props.errors ?? {}} order={['text', 'notiz']} />
      {edit ? null : (
        <figure class="report-excerpt">
          <figcaption class="kern-label">{t('moderation.report.excerpt')}</figcaption>
          <blockquote class="kern-body">{props.excerpt}</blockquote>
        </figure>
      )}
      <Form action={props.action} values={props.values} errors={props.errors}>
        {props.from ? <input type="hidden" name="von" value={props.from} /> : null}
        {edit ? (
          <TextArea name="text" label="moderation.field.text" hint="community.field.markdownHint" rows={10} />
        ) : null}
        <TextArea name="notiz" label="moderation.field.note" hint="moderation.field.noteHint" rows={3} />
        <SubmitButton label={texts.submit} />
      </Form>
      <p class="kern-body">
        <a class="kern-link" href={postPath(props.threadId, props.postId)}>
          {t('moderation.cancel')}
        </a>
      </p>
    </Page>
  );
}
