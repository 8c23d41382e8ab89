import type { WorkspaceSection } from '../workspace/sections.ts';
import { meetingHistory } from './queries.ts';
import { History } from './views/History.tsx';

/** Held, cancelled and logged meetings, newest first. */
export const historySection: WorkspaceSection = async (req, tandem) => (
  <History
    tandemId={tandem.tandem.id}
    rows={await meetingHistory(req.server.deps.database.db, tandem.tandem.id)}
  />
);
