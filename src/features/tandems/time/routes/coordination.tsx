import type { FastifyInstance } from 'fastify';
import { forbidden } from '../../../../platform/errors.ts';
import { currentYear, dutyFor, dutyPercent, parseYear } from '../duty.ts';
import { programmesByIds, programmeTotals } from '../queries.ts';
import { CoordinationPage, type ProgrammeTotals } from '../views/CoordinationPage.tsx';
import { COORDINATION_TIME_PATH } from '../views/labels.ts';
import { db } from './shared.ts';

/** How many years back the coordinators' year choice reaches. */
const YEARS_BACK = 5;

/** Coordinators: each mentor's yearly total in the programmes they coordinate (no notes, no tandems). */
export function registerCoordinationTime(app: FastifyInstance) {
  app.get<{ Querystring: { jahr?: string } }>(
    COORDINATION_TIME_PATH,
    { config: { access: 'tandems.coordinate' } },
    async (req, reply) => {
      if (req.actor.kind === 'anonymous') throw forbidden();
      const now = app.deps.clock();
      const thisYear = currentYear(now);
      const year = parseYear(req.query.jahr, now) ?? thisYear;
      const years: number[] = [];
      for (let y = Math.max(year, thisYear); y >= Math.min(year, thisYear - YEARS_BACK); y--) years.push(y);
      const list: ProgrammeTotals[] = [];
      for (const programme of await programmesByIds(db(req), req.actor.programmeIds)) {
        const totals = await programmeTotals(db(req), programme.id, year);
        list.push({
          programme,
          rows: totals.map((r) => {
            const duty = dutyFor(programme, r.funding);
            return {
              participationId: r.participationId,
              name: r.name,
              funding: r.funding,
              duty,
              minutes: r.minutes,
              entries: r.entries,
              percent: duty ? dutyPercent(r.minutes, duty) : null,
            };
          }),
        });
      }
      return reply.page(<CoordinationPage year={year} years={years} programmes={list} />);
    },
  );
}
