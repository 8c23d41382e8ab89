import type { Db } from '../../../db/client.ts';
import { openTodos } from '../todos/queries.ts';
import { topicsFromLastMeeting } from './queries.ts';
import type { AgendaView } from './views/Agenda.tsx';

/** A planned meeting's agenda: the topics noted at the meeting before it, and every open to-do. */
export async function loadAgenda(db: Db, tandemId: string, meeting: { id: string; startsAt: Date }) {
  const last = await topicsFromLastMeeting(db, tandemId, meeting.startsAt, meeting.id);
  const agenda: AgendaView = { topics: last?.nextTopics ?? '', openTodos: await openTodos(db, tandemId) };
  return agenda;
}
