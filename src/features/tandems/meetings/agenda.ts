import type { Db } from '../../../db/client.ts';
import { openTodoCount, openTodos } from '../todos/queries.ts';
import { topicsFromLastMeeting } from './queries.ts';
import type { AgendaView } from './views/Agenda.tsx';

/**
 * A planned meeting's agenda: the topics noted at the meeting before it, and the open to-dos (the
 * `limit` most urgent ones on the workspace, every one on the meeting's page).
 */
export async function loadAgenda(
  db: Db,
  tandemId: string,
  meeting: { id: string; startsAt: Date },
  limit?: number,
) {
  const last = await topicsFromLastMeeting(db, tandemId, meeting.startsAt, meeting.id);
  const shown = await openTodos(db, tandemId, limit);
  const agenda: AgendaView = {
    topics: last?.nextTopics ?? '',
    openTodos: shown,
    openTodoCount: limit === undefined ? shown.length : await openTodoCount(db, tandemId),
  };
  return agenda;
}
