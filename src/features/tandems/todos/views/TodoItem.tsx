import type { TodoOwner } from '../../../../db/schema/tandems.ts';
import { CsrfField } from '../../../../ui/components/Form.tsx';
import { useView } from '../../../../ui/context.ts';
import { formatAt } from '../../../../ui/format.ts';
import { tandemPath } from '../../paths.ts';
import { formatDay, ownerKey } from './labels.ts';
import { TodoCountHeading } from './TodoCountHeading.tsx';

export interface TodoView {
  id: string;
  title: string;
  owner: TodoOwner;
  dueOn: string | null;
  doneAt: Date | null;
}

/** The id of a to-do's list item: htmx swaps it, the live region tells what happened. */
export const todoItemId = (id: string) => `aufgabe-${id}`;
export const TODO_LIVE_REGION = 'aufgaben-meldung';

/** Owner, due date and state in words: "überfällig" is text, never only a colour. */
function TodoFacts(props: { todo: TodoView; today: string }) {
  const { t, locale } = useView();
  const { todo } = props;
  const facts = [t('tandems.todos.item.owner', { owner: t(ownerKey(todo.owner)) })];
  const overdue = !todo.doneAt && todo.dueOn !== null && todo.dueOn < props.today;
  if (todo.dueOn && !overdue)
    facts.push(t('tandems.todos.item.due', { date: formatDay(todo.dueOn, locale) }));
  if (todo.doneAt) facts.push(t('tandems.todos.item.done', { date: formatAt(todo.doneAt, locale, 'date') }));
  return (
    <p class="kern-body kern-body--small">
      {overdue ? (
        <>
          <span class="kern-badge kern-badge--danger">
            {t('tandems.todos.item.overdue', { date: formatDay(todo.dueOn!, locale) })}
          </span>{' '}
        </>
      ) : null}
      {facts.join(' · ')}
    </p>
  );
}

/**
 * One to-do with its toggle: a plain form (303 back to `back`) that htmx sends in the background,
 * swapping only this list item.
 */
export function TodoItem(props: {
  tandemId: string;
  todo: TodoView;
  today: string;
  /** Where the form returns to without JavaScript. */
  back: string;
  readonly?: boolean;
  /** On the to-dos page: links to change and delete it. */
  manage?: boolean;
}) {
  const { t } = useView();
  const { todo } = props;
  const action = tandemPath(props.tandemId, `aufgaben/${todo.id}`);
  const done = todo.doneAt !== null;
  return (
    <li id={props.readonly ? undefined : todoItemId(todo.id)}>
      <p class="kern-body">
        <strong id={props.readonly ? undefined : `${todoItemId(todo.id)}-titel`}>{todo.title}</strong>
        {done ? ` (${t('tandems.todos.item.doneShort')})` : ''}
      </p>
      <TodoFacts todo={todo} today={props.today} />
      {props.readonly ? null : (
        <form
          method="post"
          action={action}
          data-hx-post={action}
          data-hx-target="closest li"
          data-hx-swap="outerHTML"
          class="todo-toggle"
        >
          <CsrfField />
          <input type="hidden" name="erledigt" value={done ? 'nein' : 'ja'} />
          <input type="hidden" name="zurueck" value={props.back} />
          {/* The same id after the swap: htmx keeps the keyboard focus on the button. */}
          <button
            type="submit"
            id={`${todoItemId(todo.id)}-knopf`}
            class="kern-btn kern-btn--secondary kern-btn--x-small"
            aria-describedby={`${todoItemId(todo.id)}-titel`}
          >
            <span class="kern-label">
              {t(done ? 'tandems.todos.item.reopen' : 'tandems.todos.item.markDone')}
            </span>
          </button>
        </form>
      )}
      {props.manage && !props.readonly ? (
        <p class="kern-body kern-body--small">
          <a class="kern-link" href={`${action}/bearbeiten`}>
            {t('tandems.todos.edit.link', { title: todo.title })}
          </a>{' '}
          ·{' '}
          <a class="kern-link" href={`${action}/loeschen`}>
            {t('tandems.todos.delete.link', { title: todo.title })}
          </a>
        </p>
      ) : null}
    </li>
  );
}

/** The polite live region that announces "Aufgabe erledigt" after an htmx toggle; one per page. */
export function TodoLiveRegion() {
  return <p id={TODO_LIVE_REGION} class="kern-sr-only" role="status" aria-live="polite" />;
}

/** The htmx answer: the new list item, and the announcement swapped into the live region. */
export function TodoToggled(props: {
  tandemId: string;
  todo: TodoView;
  today: string;
  back: string;
  /** On the to-dos page: the new counts for its two headings. */
  counts?: { open: number; done: number };
}) {
  const { t } = useView();
  const { counts, ...item } = props;
  return (
    <>
      <TodoItem {...item} manage={counts !== undefined} />
      {counts ? (
        <>
          <TodoCountHeading state="open" count={counts.open} swapOob />
          <TodoCountHeading state="done" count={counts.done} swapOob />
        </>
      ) : null}
      <p id={TODO_LIVE_REGION} data-hx-swap-oob="innerHTML">
        {t(props.todo.doneAt ? 'tandems.todos.live.done' : 'tandems.todos.live.reopened', {
          title: props.todo.title,
        })}
      </p>
    </>
  );
}
