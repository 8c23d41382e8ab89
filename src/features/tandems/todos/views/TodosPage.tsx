import { ErrorSummary, Form, fieldId, SubmitButton } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';
import { TodoCountHeading } from './TodoCountHeading.tsx';
import { TodoFields } from './TodoFields.tsx';
import { TodoLiveRegion, type TodoView } from './TodoItem.tsx';
import { TodoList } from './TodoList.tsx';

export interface TodosPageView {
  tandemId: string;
  partnerName: string;
  open: TodoView[];
  done: TodoView[];
  today: string;
  values: Record<string, string>;
  errors?: FormErrors;
  writable: boolean;
}

/** All to-dos of the tandem, open and done, and the form for a new one. */
export function TodosPage(props: { view: TodosPageView }) {
  const { t } = useView();
  const v = props.view;
  const errors = v.errors ?? {};
  const back = tandemPath(v.tandemId, 'aufgaben');
  return (
    <Page title="tandems.todos.page.title" lead="tandems.todos.page.lead" errors={errors}>
      <p class="kern-body">
        <a class="kern-link" href={tandemPath(v.tandemId)}>
          {t('tandems.meetings.back', { name: v.partnerName })}
        </a>
      </p>
      <ErrorSummary errors={errors} order={['titel', 'zustaendig', 'faellig', 'aufgaben']} />
      {v.writable ? (
        <section aria-labelledby="neue-aufgabe" class="account-section">
          <h2 class="kern-heading-medium" id="neue-aufgabe">
            {t('tandems.todos.add.title')}
          </h2>
          <Form action={back} values={v.values} errors={errors}>
            <TodoFields titleHint />
            <SubmitButton label="tandems.todos.add.submit" />
          </Form>
        </section>
      ) : null}
      <TodoLiveRegion />
      <section
        aria-labelledby="offene-aufgaben"
        class="account-section"
        id={fieldId('aufgaben')}
        tabindex={-1}
      >
        <TodoCountHeading state="open" count={v.open.length} />
        {v.open.length === 0 ? (
          <p class="kern-body">{t('tandems.todos.none')}</p>
        ) : (
          <TodoList
            tandemId={v.tandemId}
            todos={v.open}
            today={v.today}
            back={back}
            readonly={!v.writable}
            manage
          />
        )}
      </section>
      <section aria-labelledby="erledigte-aufgaben" class="account-section">
        <TodoCountHeading state="done" count={v.done.length} />
        {v.done.length === 0 ? (
          <p class="kern-body">{t('tandems.todos.page.noneDone')}</p>
        ) : (
          <TodoList
            tandemId={v.tandemId}
            todos={v.done}
            today={v.today}
            back={back}
            readonly={!v.writable}
            manage
          />
        )}
      </section>
    </Page>
  );
}
