import { isWritable } from '../core/state.tsx';
import type { WorkspaceSection } from '../workspace/sections.ts';
import { goalsOf } from './queries.ts';
import { GoalsSection } from './views/GoalsSection.tsx';

/** Goals and milestones with progress. */
export const milestonesSection: WorkspaceSection = async (req, tandem) => (
  <GoalsSection
    tandemId={tandem.tandem.id}
    goals={await goalsOf(req.server.deps.database.db, tandem.tandem.id)}
    writable={isWritable(tandem)}
  />
);
