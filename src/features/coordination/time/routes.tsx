import type { FastifyInstance } from 'fastify';
import { coordinatedProgrammes } from '../../../access/index.ts';
import { currentYear, dutyFor, dutyPercent, parseYear } from '../../tandems/index.ts';
import { COORDINATION_TIME_PATH } from '../paths.ts';
import { programmeTotals } from './queries.ts';
import { type ProgrammeTotals, TotalsPage } from './views/TotalsPage.tsx';

/** How many years back the coordinators' year choice reaches. */
const YEARS_BACK = 5;

/** Coordinators: each mentor's yearly total in the programmes they coordinate (no notes, no tandems). */
export function registerCoordinationTime(app: FastifyInstance) {
  const db = app.deps.database.db;
  app.get<{ Querystring: { jahr?: string } }>(
    COORDINATION_TIME_PATH,
    { config: { access: 'tandems.coordinate' } },
    async (req, reply) => {
      const now = app.deps.clock();
      const thisYear = currentYear(now);
      const year = parseYear(req.query.jahr, now) ?? thisYear;
      const years: number[] = [];
      for (let y = Math.max(year, thisYear); y >= Math.min(year, thisYear - YEARS_BACK); y--) years.push(y);
      const list: ProgrammeTotals[] = [];
      for (const programme of await coordinatedProgrammes(req)) {
        const totals = await programmeTotals(db, programme.id, year);
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
      return reply.page(<TotalsPage year={year} years={years} programmes={list} />);
    },
  );
}
