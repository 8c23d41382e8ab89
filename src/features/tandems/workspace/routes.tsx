import type { FastifyInstance } from 'fastify';
import { memberAccess, requireMember, requireSignedIn, type TandemParams } from '../../../access/index.ts';
import { agreementSection } from '../agreement/section.tsx';
import { historySection } from '../meetings/history-section.tsx';
import { nextMeetingSection } from '../meetings/section.tsx';
import { milestonesSection } from '../milestones/section.tsx';
import { TANDEMS_PATH, tandemPath } from '../paths.ts';
import { helpSection } from '../support/section.tsx';
import { timeSection } from '../time/section.tsx';
import { todosSection } from '../todos/section.tsx';
import { tandemList } from './queries.ts';
import type { WorkspaceSection } from './sections.ts';
import { ListPage } from './views/ListPage.tsx';
import { WorkspacePage } from './views/WorkspacePage.tsx';

/** The workspace's parts in the order of the guide: kick-off, next meeting, to-dos, goals, history. */
const sections: WorkspaceSection[] = [
  agreementSection,
  nextMeetingSection,
  todosSection,
  milestonesSection,
  historySection,
  timeSection,
  helpSection,
];

/** /tandems: the person's tandems; /tandems/:id: one tandem's workspace, for its two members only. */
export function registerWorkspace(app: FastifyInstance) {
  app.get(TANDEMS_PATH, { config: { access: 'tandems.member' } }, async (req, reply) => {
    const actor = requireSignedIn(req);
    return reply.page(<ListPage rows={await tandemList(app.deps.database.db, actor.userId)} />);
  });

  app.get<TandemParams>(tandemPath(':id'), memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    const parts = [];
    // One after the other: PGlite serves one query at a time anyway.
    for (const section of sections) parts.push(await section(req, tandem));
    return reply.page(
      <WorkspacePage
        view={{
          side: tandem.side,
          status: tandem.tandem.status,
          programmeName: tandem.programme.name,
          programmeContact: tandem.programme.contactEmail,
          createdAt: tandem.tandem.createdAt,
          endedAt: tandem.tandem.endedAt,
          partner: { ...tandem.partner, side: tandem.side === 'mentee' ? 'mentor' : 'mentee' },
          sections: parts,
        }}
      />,
    );
  });
}
