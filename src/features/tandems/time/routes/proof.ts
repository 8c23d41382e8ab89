import type { FastifyInstance } from 'fastify';
import { requireSignedIn } from '../../../../access/index.ts';
import { notFound } from '../../../../platform/errors.ts';
import { parseYear } from '../duty.ts';
import { renderProof } from '../pdf.ts';
import { entriesOfYear, mentorRoles, proofPerson } from '../queries.ts';
import { proofPath } from '../views/labels.ts';
import { db, timeAccess } from './shared.ts';

/** The proof for the funding report: the mentor's own entries of one year, as a PDF download. */
export function registerProofRoute(app: FastifyInstance) {
  app.get<{ Params: { jahr: string } }>(proofPath(':jahr'), timeAccess, async (req, reply) => {
    const actor = requireSignedIn(req);
    const now = app.deps.clock();
    const year = parseYear(req.params.jahr, now);
    if (year === null) throw notFound();
    const roles = await mentorRoles(db(req), actor.userId);
    if (roles.length === 0) throw notFound();
    const entries = await entriesOfYear(db(req), actor.userId, year);
    const person = await proofPerson(db(req), actor.userId);
    const pdf = await renderProof({
      year,
      name: person.name,
      organisation: person.organisation,
      roles: roles.map((r) => ({
        ...r,
        minutes: entries.filter((e) => e.programmeId === r.programmeId).reduce((s, e) => s + e.minutes, 0),
      })),
      entries: entries.map((e) => ({
        on: e.on,
        kind: e.kind,
        minutes: e.minutes,
        programmeId: e.programmeId,
      })),
      generatedAt: now,
    });
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="nachweis-mentoring-${year}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
}
