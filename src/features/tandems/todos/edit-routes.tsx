import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type MemberTandem, memberAccess, requireMember } from '../../../access/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { parseForm, submittedValues } from '../../../platform/forms.ts';
import { endedReply, isWritable } from '../core/state.tsx';
import { tandemPath } from '../paths.ts';
import { findTodo, type Todo } from './queries.ts';
import { todoForm } from './schema.ts';
import { deleteTodo, updateTodo } from './service.ts';
import { TodoDeletePage, TodoEditPage } from './views/TodoEditPage.tsx';

type TodoParams = { Params: { id: string; todoId: string } };

/** The tandem (its members only) and its to-do (another tandem's: 404); null once the ended page is sent. */
async function loadTodo(
  req: FastifyRequest<TodoParams>,
  reply: FastifyReply,
): Promise<{ tandem: MemberTandem; todo: Todo } | null> {
  const tandem = await requireMember(req, req.params.id);
  const todo = await findTodo(req.server.deps.database.db, tandem.tandem.id, req.params.todoId);
  if (!todo) throw notFound();
  if (!isWritable(tandem)) {
    await endedReply(reply, tandem);
    return null;
  }
  return { tandem, todo };
}

const listPath = (tandem: MemberTandem) => tandemPath(tandem.tandem.id, 'aufgaben');

/** /tandems/:id/aufgaben/:todoId/bearbeiten and …/loeschen (after a question): for the two members only. */
export function registerTodoEditing(app: FastifyInstance) {
  const edit = tandemPath(':id', 'aufgaben/:todoId/bearbeiten');
  const remove = tandemPath(':id', 'aufgaben/:todoId/loeschen');

  app.get<TodoParams>(edit, memberAccess, async (req, reply) => {
    const found = await loadTodo(req, reply);
    if (!found) return reply;
    const { tandem, todo } = found;
    const values = { titel: todo.title, zustaendig: todo.owner, faellig: todo.dueOn ?? '' };
    return reply.page(<TodoEditPage tandemId={tandem.tandem.id} todoId={todo.id} values={values} />);
  });

  app.post<TodoParams>(edit, memberAccess, async (req, reply) => {
    const found = await loadTodo(req, reply);
    if (!found) return reply;
    const { tandem, todo } = found;
    const form = parseForm(todoForm, req.body);
    if (!form.ok) {
      return reply.page(
        <TodoEditPage
          tandemId={tandem.tandem.id}
          todoId={todo.id}
          values={submittedValues(req.body)}
          errors={form.errors}
        />,
        422,
      );
    }
    const saved = await updateTodo(app.deps, tandem.tandem.id, todo.id, {
      title: form.data.titel,
      owner: form.data.zustaendig,
      dueOn: form.data.faellig || null,
    });
    if (!saved) throw notFound();
    return reply.flash('success', 'tandems.todos.flash.changed').redirect(listPath(tandem), 303);
  });

  app.get<TodoParams>(remove, memberAccess, async (req, reply) => {
    const found = await loadTodo(req, reply);
    if (!found) return reply;
    return reply.page(
      <TodoDeletePage tandemId={found.tandem.tandem.id} todoId={found.todo.id} title={found.todo.title} />,
    );
  });

  app.post<TodoParams>(remove, memberAccess, async (req, reply) => {
    const found = await loadTodo(req, reply);
    if (!found) return reply;
    if (!(await deleteTodo(app.deps, found.tandem.tandem.id, found.todo.id))) throw notFound();
    return reply.flash('success', 'tandems.todos.flash.deleted').redirect(listPath(found.tandem), 303);
  });
}
