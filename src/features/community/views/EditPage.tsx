import { ErrorSummary, Form, SubmitButton, TextArea, TextField } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { threadPath } from '../paths.ts';
import type { SpaceTopic } from '../service/topics.ts';
import { TopicChoice } from './AskPage.tsx';

/**
 * Editing a thread's opening (title, text, topics) or an answer or comment (text). A moderator
 * editing someone else's post says why (the note); the author is shown "bearbeitet".
 */
export function EditPage(props: {
  threadId: string;
  action: string;
  opening: boolean;
  moderatorEdit: boolean;
  topics: SpaceTopic[];
  selectedTopics: string[];
  values: Record<string, string>;
  errors?: FormErrors;
}) {
  const { t } = useView();
  return (
    <Page title={props.opening ? 'community.thread.edit' : 'community.post.edit'} errors={props.errors}>
      <p class="kern-body">
        <a class="kern-link" href={threadPath(props.threadId)}>
          {t('community.backToThread')}
        </a>
      </p>
      <Form action={props.action} values={props.values} errors={props.errors}>
        <ErrorSummary errors={props.errors ?? {}} />
        {props.opening ? <TextField name="titel" label="community.field.title" maxLength={160} /> : null}
        <TextArea name="text" label="community.field.text" hint="community.field.markdownHint" rows={10} />
        {props.opening ? <TopicChoice topics={props.topics} selected={props.selectedTopics} /> : null}
        {props.moderatorEdit ? (
          <TextField name="notiz" label="community.field.note" hint="community.field.noteHint" />
        ) : null}
        <SubmitButton label="community.edit.submit" />
      </Form>
    </Page>
  );
}
