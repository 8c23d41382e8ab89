import { isWritable } from '../core/state.tsx';
import { WORKSPACE_TODOS } from '../todos/section.tsx';
import { berlinToday } from '../todos/views/labels.ts';
import type { WorkspaceSection } from '../workspace/sections.ts';
import { loadAgenda } from './agenda.ts';
import { plannedMeetings } from './queries.ts';
import { NextMeeting } from './views/NextMeeting.tsx';

/** The next meeting with its agenda (open to-dos), or a prompt to plan one. */
export const nextMeetingSection: WorkspaceSection = async (req, tandem) => {
  const db = req.server.deps.database.db;
  const now = req.server.deps.clock();
  const [next, ...later] = await plannedMeetings(db, tandem.tandem.id);
  const agenda = next
    ? await loadAgenda(db, tandem.tandem.id, next, WORKSPACE_TODOS)
    : { topics: '', openTodos: [], openTodoCount: 0 };
  return (
    <NextMeeting
      view={{
        tandemId: tandem.tandem.id,
        next: next ?? null,
        later,
        agenda,
        now,
        today: berlinToday(now),
        writable: isWritable(tandem),
      }}
    />
  );
};
