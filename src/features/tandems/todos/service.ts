import { and, eq } from 'drizzle-orm';
import { todos } from '../../../db/schema/index.ts';
import type { TodoOwner } from '../../../db/schema/tandems.ts';
import type { ServiceDeps } from '../../../mail/with-mails.ts';
import type { Todo } from './queries.ts';

/** A to-do until the next meeting, added on the to-do page (the record adds its own). */
export async function addTodo(
  deps: ServiceDeps,
  tandemId: string,
  todo: { title: string; owner: TodoOwner; dueOn: string | null },
): Promise<string> {
  const [row] = await deps.database.db
    .insert(todos)
    .values({ tandemId, ...todo, createdAt: deps.clock() })
    .returning({ id: todos.id });
  return row!.id;
}

/**
 * Marks a to-do done or open again. The form says which state it wants (not "toggle"), so a form
 * sent twice, or by both members at once, ends in the state both meant.
 */
export async function setTodoDone(
  deps: ServiceDeps,
  tandemId: string,
  todoId: string,
  done: boolean,
): Promise<Todo | null> {
  const [current] = await deps.database.db
    .select()
    .from(todos)
    .where(and(eq(todos.id, todoId), eq(todos.tandemId, tandemId)));
  if (!current) return null;
  if ((current.doneAt !== null) === done) return current;
  const [row] = await deps.database.db
    .update(todos)
    .set({ doneAt: done ? deps.clock() : null })
    .where(and(eq(todos.id, todoId), eq(todos.tandemId, tandemId)))
    .returning();
  return row ?? null;
}

/** Changes a to-do's text, owner and due date. False: not this tandem's. */
export async function updateTodo(
  deps: ServiceDeps,
  tandemId: string,
  todoId: string,
  todo: { title: string; owner: TodoOwner; dueOn: string | null },
): Promise<boolean> {
  const rows = await deps.database.db
    .update(todos)
    .set(todo)
    .where(and(eq(todos.id, todoId), eq(todos.tandemId, tandemId)))
    .returning({ id: todos.id });
  return rows.length === 1;
}

/** Deletes a to-do (after the question on its page). False: not this tandem's, or already gone. */
export async function deleteTodo(deps: ServiceDeps, tandemId: string, todoId: string): Promise<boolean> {
  const rows = await deps.database.db
    .delete(todos)
    .where(and(eq(todos.id, todoId), eq(todos.tandemId, tandemId)))
    .returning({ id: todos.id });
  return rows.length === 1;
}
