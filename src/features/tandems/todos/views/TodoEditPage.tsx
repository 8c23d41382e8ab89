import { ErrorSummary, Form, SubmitButton } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';
import { TodoFields } from './TodoFields.tsx';

/** Change a to-do's text, owner and due date. */
export function TodoEditPage(props: {
  tandemId: string;
  todoId: string;
  values: Record<string, string>;
  errors?: FormErrors;
}) {
  const { t } = useView();
  const errors = props.errors ?? {};
  const back = tandemPath(props.tandemId, 'aufgaben');
  return (
    <Page title="tandems.todos.edit.title" errors={errors}>
      <p class="kern-body">
        <a class="kern-link" href={back}>
          {t('tandems.todos.edit.back')}
        </a>
      </p>
      <ErrorSummary errors={errors} order={['titel', 'zustaendig', 'faellig']} />
      <Form action={`${back}/${props.todoId}/bearbeiten`} values={props.values} errors={errors}>
        <TodoFields />
        <SubmitButton label="tandems.todos.edit.submit" />
      </Form>
    </Page>
  );
}

/** "Möchten Sie die Aufgabe … wirklich löschen?": the question before a to-do is deleted, without JS. */
export function TodoDeletePage(props: { tandemId: string; todoId: string; title: string }) {
  const { t } = useView();
  const back = tandemPath(props.tandemId, 'aufgaben');
  return (
    <Page title="tandems.todos.delete.title">
      <p class="kern-body kern-body--large">{t('tandems.todos.delete.question', { title: props.title })}</p>
      <Form action={`${back}/${props.todoId}/loeschen`}>
        <SubmitButton label="tandems.todos.delete.confirm" />
      </Form>
      <p class="kern-body">
        <a class="kern-link" href={back}>
          {t('tandems.todos.delete.back')}
        </a>
      </p>
    </Page>
  );
}
