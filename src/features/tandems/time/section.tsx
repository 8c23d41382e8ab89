import { formatAt } from '../../../ui/format.ts';
import { isWritable } from '../core/state.tsx';
import type { WorkspaceSection } from '../workspace/sections.ts';
import { currentYear } from './duty.ts';
import { tandemTime } from './queries.ts';
import { TimeSection } from './views/TimeSection.tsx';

/** For the mentor: this year's mentoring time for this tandem; the mentee sees nothing of it. */
export const timeSection: WorkspaceSection = async (req, tandem) => {
  if (tandem.side !== 'mentor') return null;
  const year = currentYear(req.server.deps.clock());
  const time = await tandemTime(req.server.deps.database.db, tandem.me.userId, tandem.tandem.id, year);
  return (
    <TimeSection
      view={{
        tandemId: tandem.tandem.id,
        year,
        minutes: time.minutes,
        count: time.count,
        unlogged: time.unlogged.map((m) => ({
          id: m.id,
          date: formatAt(m.startsAt, req.locale, 'date'),
        })),
        writable: isWritable(tandem),
      }}
    />
  );
};
