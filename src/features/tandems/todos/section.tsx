import { isWritable } from '../core/state.tsx';
import type { WorkspaceSection } from '../workspace/sections.ts';
import { openTodoCount, openTodos } from './queries.ts';
import { berlinToday } from './views/labels.ts';
import { TodosSection } from './views/TodosSection.tsx';

/** The workspace shows the most urgent open to-dos; the to-do page has all of them. */
export const WORKSPACE_TODOS = 10;

/** Open to-dos with their toggle. */
export const todosSection: WorkspaceSection = async (req, tandem) => (
  <TodosSection
    tandemId={tandem.tandem.id}
    open={await openTodos(req.server.deps.database.db, tandem.tandem.id, WORKSPACE_TODOS)}
    total={await openTodoCount(req.server.deps.database.db, tandem.tandem.id)}
    today={berlinToday(req.server.deps.clock())}
    writable={isWritable(tandem)}
  />
);
