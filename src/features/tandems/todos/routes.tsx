import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type MemberTandem, memberAccess, requireMember, type TandemParams } from '../../../access/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { parseForm } from '../../../platform/forms.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { endedReply, isWritable } from '../core/state.tsx';
import { tandemPath } from '../paths.ts';
import { registerTodoEditing } from './edit-routes.tsx';
import { doneTodos, findTodo, openTodos, todoCounts } from './queries.ts';
import { todoForm, toggleForm } from './schema.ts';
import { addTodo, setTodoDone } from './service.ts';
import { berlinToday } from './views/labels.ts';
import { TodoToggled } from './views/TodoItem.tsx';
import { TodosPage } from './views/TodosPage.tsx';

type TodoParams = { Params: { id: string; todoId: string } };

async function todosPage(
  req: FastifyRequest,
  tandem: MemberTandem,
  values: Record<string, string> = {},
  errors?: FormErrors,
) {
  const db = req.server.deps.database.db;
  return (
    <TodosPage
      view={{
        tandemId: tandem.tandem.id,
        partnerName: tandem.partner.name,
        open: await openTodos(db, tandem.tandem.id),
        done: await doneTodos(db, tandem.tandem.id),
        today: berlinToday(req.server.deps.clock()),
        values,
        errors,
        writable: isWritable(tandem),
      }}
    />
  );
}

/** Only a page of this tandem: the hidden field cannot send anyone elsewhere. */
function backTo(tandemId: string, back: string | undefined) {
  const base = tandemPath(tandemId);
  const safe =
    back &&
    /^\/[\w\-/]*(#[\w-]+)?$/.test(back) &&
    (back === base || back.startsWith(`${base}/`) || back.startsWith(`${base}#`));
  return safe ? back : tandemPath(tandemId, 'aufgaben');
}

async function toggled(req: FastifyRequest<TodoParams>, reply: FastifyReply) {
  const tandem = await requireMember(req, req.params.id);
  const deps = req.server.deps;
  const todo = await findTodo(deps.database.db, tandem.tandem.id, req.params.todoId);
  if (!todo) throw notFound();
  if (!isWritable(tandem)) return endedReply(reply, tandem);
  const form = parseForm(toggleForm, req.body);
  if (!form.ok)
    return reply.page(await todosPage(req, tandem, {}, { aufgaben: 'tandems.todos.error.toggle' }), 422);
  const done = form.data.erledigt === 'ja';
  const saved = await setTodoDone(deps, tandem.tandem.id, todo.id, done);
  if (!saved) throw notFound();
  const back = backTo(tandem.tandem.id, form.data.zurueck);
  const onTodosPage = back.split('#')[0] === tandemPath(tandem.tandem.id, 'aufgaben');
  return reply.page(
    <TodoToggled
      tandemId={tandem.tandem.id}
      todo={saved}
      today={berlinToday(deps.clock())}
      back={back}
      counts={onTodosPage ? await todoCounts(deps.database.db, tandem.tandem.id) : undefined}
    />,
    200,
    {
      htmxOnly: {
        otherwise: back,
        flash: { kind: 'success', key: done ? 'tandems.todos.flash.done' : 'tandems.todos.flash.reopened' },
      },
    },
  );
}

/** /tandems/:id/aufgaben: the tandem's to-dos; a toggle works as a plain form and, with htmx, in place. */
export function registerTodos(app: FastifyInstance) {
  const path = tandemPath(':id', 'aufgaben');

  app.get<TandemParams>(path, memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    return reply.page(await todosPage(req, tandem));
  });

  app.post<TandemParams>(path, memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    if (!isWritable(tandem)) return endedReply(reply, tandem);
    const form = parseForm(todoForm, req.body);
    if (!form.ok) return reply.page(await todosPage(req, tandem, form.values, form.errors), 422);
    await addTodo(app.deps, tandem.tandem.id, {
      title: form.data.titel,
      owner: form.data.zustaendig,
      dueOn: form.data.faellig || null,
    });
    return reply
      .flash('success', 'tandems.todos.flash.added')
      .redirect(path.replace(':id', tandem.tandem.id), 303);
  });

  app.post<TodoParams>(tandemPath(':id', 'aufgaben/:todoId'), memberAccess, toggled);
  registerTodoEditing(app);
}
