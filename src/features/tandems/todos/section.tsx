import { isWritable } from '../meetings/paths.ts';
import type { WorkspaceSection } from '../workspace/sections.ts';
import { openTodos } from './queries.ts';
import { berlinToday } from './views/labels.ts';
import { TodosSection } from './views/TodosSection.tsx';

/** Open to-dos with their toggle. */
export const todosSection: WorkspaceSection = async (req, tandem) => (
  <TodosSection
    tandemId={tandem.tandem.id}
    open={await openTodos(req.server.deps.database.db, tandem.tandem.id)}
    today={berlinToday(req.server.deps.clock())}
    writable={isWritable(tandem)}
  />
);
