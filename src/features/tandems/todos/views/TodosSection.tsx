import { useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';
import { TodoLiveRegion, type TodoView } from './TodoItem.tsx';
import { TodoList } from './TodoList.tsx';

/** The workspace's open to-dos with their toggles, and the way to all of them. */
export function TodosSection(props: {
  tandemId: string;
  open: TodoView[];
  /** All open to-dos; the section shows the most urgent ones. */
  total: number;
  today: string;
  writable: boolean;
}) {
  const { t } = useView();
  return (
    <section aria-labelledby="aufgaben" class="account-section">
      <h2 class="kern-heading-medium" id="aufgaben">
        {t('tandems.todos.section.title')}
      </h2>
      <TodoLiveRegion />
      {props.total > props.open.length ? (
        <p class="kern-body">
          {t('tandems.todos.section.mostUrgent', { shown: props.open.length, total: props.total })}
        </p>
      ) : null}
      {props.open.length === 0 ? (
        <p class="kern-body">{t('tandems.todos.none')}</p>
      ) : (
        <TodoList
          tandemId={props.tandemId}
          todos={props.open}
          today={props.today}
          back={`${tandemPath(props.tandemId)}#aufgaben`}
          readonly={!props.writable}
        />
      )}
      <p class="kern-body">
        <a class="kern-link" href={tandemPath(props.tandemId, 'aufgaben')}>
          {t(props.writable ? 'tandems.todos.section.all' : 'tandems.todos.section.view')}
        </a>
      </p>
    </section>
  );
}
