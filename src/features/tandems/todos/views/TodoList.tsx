import { TodoItem, type TodoView } from './TodoItem.tsx';

/** To-dos as a list; each item carries its own toggle (or none, on the agenda). */
export function TodoList(props: {
  tandemId: string;
  todos: TodoView[];
  today: string;
  back: string;
  readonly?: boolean;
  manage?: boolean;
  id?: string;
}) {
  return (
    <ul class="kern-list" id={props.id}>
      {props.todos.map((todo) => (
        <TodoItem
          key={todo.id}
          tandemId={props.tandemId}
          todo={todo}
          today={props.today}
          back={props.back}
          readonly={props.readonly}
          manage={props.manage}
        />
      ))}
    </ul>
  );
}
