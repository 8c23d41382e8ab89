import type { Space } from '../../../access/index.ts';
import { ChoiceGroup } from '../../../ui/components/Choice.tsx';
import { ErrorSummary, Form, SubmitButton, TextArea, TextField } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { askPath, spacePath } from '../paths.ts';
import type { SpaceTopic } from '../service/topics.ts';
import { spaceName } from './parts.tsx';

/** The topics as checkboxes, from the programme's topic list (the one matching uses). */
export function TopicChoice(props: { topics: SpaceTopic[]; selected: string[] }) {
  if (props.topics.length === 0) return null;
  return (
    <ChoiceGroup
      name="themen"
      legend="community.field.topics"
      hint="community.field.topicsHint"
      multiple
      optional
      options={props.topics.map((tp) => ({ value: tp.id, label: { text: tp.label } }))}
      selected={props.selected}
    />
  );
}

/** Ask a question or start a discussion in a space. */
export function AskPage(props: {
  space: Space;
  topics: SpaceTopic[];
  values: Record<string, string>;
  selectedTopics: string[];
  errors?: FormErrors;
}) {
  const { t } = useView();
  const name = spaceName(t, props.space);
  return (
    <Page title="community.ask.title" titleVars={{ space: name }} errors={props.errors}>
      <p class="kern-body">
        <a class="kern-link" href={spacePath(props.space.slug)}>
          {t('community.backTo', { space: name })}
        </a>
      </p>
      <p class="kern-body">{t('community.ask.lead')}</p>
      <Form
        action={askPath(props.space.slug)}
        values={{ art: 'frage', ...props.values }}
        errors={props.errors}
      >
        <ErrorSummary errors={props.errors ?? {}} />
        <ChoiceGroup
          name="art"
          legend="community.field.kind"
          options={[
            { value: 'frage', label: 'community.kind.questionChoice' },
            { value: 'diskussion', label: 'community.kind.discussionChoice' },
          ]}
        />
        <TextField
          name="titel"
          label="community.field.title"
          hint="community.field.titleHint"
          maxLength={160}
        />
        <TextArea name="text" label="community.field.text" hint="community.field.markdownHint" rows={10} />
        <TopicChoice topics={props.topics} selected={props.selectedTopics} />
        <SubmitButton label="community.ask.submit" />
      </Form>
    </Page>
  );
}
