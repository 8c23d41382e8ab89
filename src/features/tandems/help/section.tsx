import type { WorkspaceSection } from '../workspace/sections.ts';
import { ownFeedback } from './queries.ts';
import { becomeMentorPath } from './service.ts';
import { HelpSection } from './views/HelpSection.tsx';

/** Asking for support and ending the tandem; after the end, the feedback form. */
export const helpSection: WorkspaceSection = async (req, tandem) => {
  const ended = tandem.tandem.status === 'ended';
  const given = ended
    ? !!(await ownFeedback(req.server.deps.database.db, tandem.tandem.id, tandem.side))
    : false;
  return (
    <HelpSection
      tandemId={tandem.tandem.id}
      ended={ended}
      feedbackGiven={given}
      becomeMentor={ended && tandem.side === 'mentee' ? becomeMentorPath(tandem.programme.slug) : undefined}
    />
  );
};
