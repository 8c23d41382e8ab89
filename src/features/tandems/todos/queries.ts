import { and, asc, count, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { todos } from '../../../db/schema/index.ts';
import { isUuid } from '../../../platform/forms.ts';

export type Todo = typeof todos.$inferSelect;

/** A to-do of this tandem; null for another tandem's, an unknown or a malformed id. */
export async function findTodo(db: Db | Tx, tandemId: string, todoId: string): Promise<Todo | null> {
  if (!isUuid(todoId)) return null;
  const [row] = await db
    .select()
    .from(todos)
    .where(and(eq(todos.id, todoId), eq(todos.tandemId, tandemId)));
  return row ?? null;
}

/** Open to-dos, the ones due first (without a due date last), then the oldest: the agenda's order. */
export function openTodos(db: Db, tandemId: string, limit = 10_000) {
  return db
    .select()
    .from(todos)
    .where(and(eq(todos.tandemId, tandemId), isNull(todos.doneAt)))
    .orderBy(sql`${todos.dueOn} asc nulls last`, asc(todos.createdAt), asc(todos.id))
    .limit(limit);
}

/** How many to-dos are open. */
export async function openTodoCount(db: Db, tandemId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(todos)
    .where(and(eq(todos.tandemId, tandemId), isNull(todos.doneAt)));
  return row?.n ?? 0;
}

/** How many to-dos are open and how many done: the to-dos page's headings. */
export async function todoCounts(db: Db, tandemId: string): Promise<{ open: number; done: number }> {
  const [row] = await db
    .select({
      open: sql<number>`count(*) filter (where ${todos.doneAt} is null)`.mapWith(Number),
      done: sql<number>`count(*) filter (where ${todos.doneAt} is not null)`.mapWith(Number),
    })
    .from(todos)
    .where(eq(todos.tandemId, tandemId));
  return { open: row?.open ?? 0, done: row?.done ?? 0 };
}

/** Done to-dos, the latest done first. */
export function doneTodos(db: Db, tandemId: string) {
  return db
    .select()
    .from(todos)
    .where(and(eq(todos.tandemId, tandemId), isNotNull(todos.doneAt)))
    .orderBy(desc(todos.doneAt), asc(todos.id));
}

/** The to-dos a meeting's record created. */
export function todosOfMeeting(db: Db, tandemId: string, meetingId: string) {
  return db
    .select()
    .from(todos)
    .where(and(eq(todos.tandemId, tandemId), eq(todos.meetingId, meetingId)))
    .orderBy(asc(todos.createdAt), asc(todos.id));
}
