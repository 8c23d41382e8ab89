import { ownTandems } from '../../../access/index.ts';
import type { Db } from '../../../db/client.ts';
import type { Side } from '../../../db/schema/tandems.ts';
import type { TandemListRow } from './views/ListPage.tsx';

/** The person's tandems as the list shows them: open ones first, then ended ones. */
export async function tandemList(db: Db, userId: string): Promise<TandemListRow[]> {
  const rows = await ownTandems(db, userId);
  const order = { active: 0, kickoff_pending: 1, ended: 2 } as const;
  return rows
    .map((r) => {
      const side: Side = r.menteeUserId === userId ? 'mentee' : 'mentor';
      return {
        id: r.id,
        status: r.status,
        side,
        partnerName: side === 'mentee' ? r.mentorName : r.menteeName,
        programmeName: r.programmeName,
        createdAt: r.createdAt,
        endedAt: r.endedAt,
      };
    })
    .sort((a, b) => order[a.status] - order[b.status] || b.createdAt.getTime() - a.createdAt.getTime());
}
