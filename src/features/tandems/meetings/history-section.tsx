import type { WorkspaceSection } from '../workspace/sections.ts';
import { historyCount, meetingHistory } from './queries.ts';
import { History } from './views/History.tsx';

/** The workspace shows the latest meetings; the history page has all of them. */
export const WORKSPACE_HISTORY = 10;

/** Held, cancelled and logged meetings, newest first. */
export const historySection: WorkspaceSection = async (req, tandem) => (
  <History
    tandemId={tandem.tandem.id}
    rows={await meetingHistory(req.server.deps.database.db, tandem.tandem.id, WORKSPACE_HISTORY)}
    total={await historyCount(req.server.deps.database.db, tandem.tandem.id)}
  />
);
