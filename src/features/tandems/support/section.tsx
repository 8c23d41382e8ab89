import { becomeMentorPath } from '../ending/service.ts';
import { ownFeedback } from '../feedback/queries.ts';
import type { WorkspaceSection } from '../workspace/sections.ts';
import { menteeFinished } from './queries.ts';
import { HelpSection } from './views/HelpSection.tsx';

/**
 * Asking for support and ending the tandem; after the end, the feedback form and what follows: after
 * a planned end the mentee may become a mentor or ask to be matched again.
 */
export const helpSection: WorkspaceSection = async (req, tandem) => {
  const db = req.server.deps.database.db;
  const ended = tandem.tandem.status === 'ended';
  const given = ended ? !!(await ownFeedback(db, tandem.tandem.id, tandem.side)) : false;
  const completed = ended && tandem.side === 'mentee' && tandem.tandem.endKind === 'planned';
  return (
    <HelpSection
      tandemId={tandem.tandem.id}
      ended={ended}
      endKind={tandem.tandem.endKind}
      early={
        ended && tandem.tandem.endKind === 'early'
          ? {
              byName: tandem.tandem.endedBy === tandem.me.userId ? null : tandem.partner.name,
              reason: tandem.tandem.endReason,
            }
          : undefined
      }
      rematchMentee={ended && tandem.side === 'mentee' && tandem.tandem.endKind === 'rematch'}
      feedbackGiven={given}
      becomeMentor={completed ? becomeMentorPath(tandem.programme.slug) : undefined}
      returnToPool={
        completed && (await menteeFinished(db, tandem.me.participationId))
          ? tandem.me.participationId
          : undefined
      }
    />
  );
};
