import { useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';
import type { TodoView } from '../../todos/views/TodoItem.tsx';
import { TodoList } from '../../todos/views/TodoList.tsx';

export interface AgendaView {
  /** "Topics for next time" from the last meeting's record. */
  topics: string;
  openTodos: TodoView[];
  /** All open to-dos; `openTodos` may be the most urgent of them only. */
  openTodoCount: number;
}

/** What the next meeting is about: the topics noted last time and the open to-dos. */
export function Agenda(props: {
  tandemId: string;
  agenda: AgendaView;
  today: string;
  headingId: string;
  /** h2 on the meeting page, h3 inside the workspace's section. */
  level: 2 | 3;
}) {
  const { t } = useView();
  const Heading = props.level === 2 ? 'h2' : 'h3';
  const Sub = props.level === 2 ? 'h3' : 'h4';
  const a = props.agenda;
  return (
    <div>
      <Heading class={props.level === 2 ? 'kern-heading-medium' : 'kern-heading-small'} id={props.headingId}>
        {t('tandems.meetings.agenda.title')}
      </Heading>
      <Sub class="kern-heading-small">{t('tandems.meetings.agenda.topics')}</Sub>
      {a.topics ? (
        <p class="kern-body preserve-lines">{a.topics}</p>
      ) : (
        <p class="kern-body">{t('tandems.meetings.agenda.noTopics')}</p>
      )}
      <Sub class="kern-heading-small">{t('tandems.meetings.agenda.todos', { count: a.openTodoCount })}</Sub>
      {a.openTodoCount > a.openTodos.length ? (
        <p class="kern-body">
          {t('tandems.todos.section.mostUrgent', { shown: a.openTodos.length, total: a.openTodoCount })}
        </p>
      ) : null}
      {a.openTodos.length === 0 ? (
        <p class="kern-body">{t('tandems.todos.none')}</p>
      ) : (
        <TodoList tandemId={props.tandemId} todos={a.openTodos} today={props.today} back="" readonly />
      )}
      <p class="kern-body">
        <a class="kern-link" href={tandemPath(props.tandemId, 'aufgaben')}>
          {t('tandems.meetings.agenda.allTodos')}
        </a>
      </p>
    </div>
  );
}
