import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { mailsTo } from '../../../../test/helpers/factories.ts';
import { createTandem, outsiders } from '../../../../test/support/tandems.ts';
import { auditEvents, supportCases, tandems } from '../../../db/schema/index.ts';

const t = useTestApp();
let coordinator: Awaited<ReturnType<typeof outsiders>>['coordinator'];
beforeAll(async () => {
  ({ coordinator } = await outsiders(t));
});

const DAY = 86_400_000;

/** An active tandem on the attention list: escalated after its start, nothing planned. */
async function stalledTandem() {
  const pair = await createTandem(t, { status: 'active' });
  await t.db
    .update(tandems)
    .set({ attentionAt: new Date(t.clock.now().getTime() + DAY) })
    .where(eq(tandems.id, pair.id));
  return pair;
}

const casesOf = (tandemId: string) =>
  t.db.select().from(supportCases).where(eq(supportCases.tandemId, tandemId));

describe('a case the coordinators open for a stalled tandem', () => {
  it('is opened from the attention list once, shows who opened it, and is worked like a request', async () => {
    const pair = await stalledTandem();
    const open = `/koordination/tandems/${pair.id}/fall`;
    const overview = await coordinator.get('/koordination/tandems');
    const attention = overview.body.split('Alle Tandems')[0]!;
    expect(attention).toContain(`action="${open}"`);
    expect(text(attention)).toMatch(
      new RegExp(`Fall anlegen ?: ${pair.mentee.user.name} mit ${pair.mentor.user.name}`),
    );

    const res = await coordinator.post(open, {});
    expect(res.statusCode).toBe(303);
    const [c] = await casesOf(pair.id);
    expect([c!.reason, c!.requesterId, c!.status, c!.message]).toEqual(['stalled', null, 'open', '']);
    expect(res.headers.location).toBe(`/koordination/unterstuetzung/${c!.id}`);
    // A second click (or a second coordinator) finds the same case.
    expect((await coordinator.post(open, {})).headers.location).toBe(`/koordination/unterstuetzung/${c!.id}`);
    expect(await casesOf(pair.id)).toHaveLength(1);
    const [audit] = await t.db.select().from(auditEvents).where(eq(auditEvents.kind, 'support_case_opened'));
    expect(audit!.details).toEqual({ tandemId: pair.id, caseId: c!.id });

    const page = text((await coordinator.get(`/koordination/unterstuetzung/${c!.id}`)).body);
    expect(page).toContain('Der Fall ist angelegt.');
    expect(page).toContain('Von der Koordination angelegt');
    expect(page).toContain('Braucht Aufmerksamkeit: lange kein Treffen');
    const listed = await coordinator.get('/koordination/tandems');
    expect(listed.body).toContain(`href="/koordination/unterstuetzung/${c!.id}"`);
    expect(text(listed.body.split('Alle Tandems')[0]!)).toContain('Fall ansehen');

    // Members do not see it among their own requests, nobody was mailed on opening it.
    expect(text((await pair.menteeBrowser.get(`/tandems/${pair.id}/unterstuetzung`)).body)).not.toContain(
      'Braucht Aufmerksamkeit',
    );
    expect(await mailsTo(t.db, pair.mentee.user.email)).toHaveLength(0);

    // An additional contact person: with no requester, both members hear of it.
    const closed = await coordinator.post(`/koordination/unterstuetzung/${c!.id}/ergebnis`, {
      ergebnis: 'additional_contact',
      notiz: 'Frau Beispiel aus dem Nachbarkreis übernimmt den nächsten Termin.',
    });
    expect(closed.statusCode).toBe(303);
    for (const person of [pair.mentee, pair.mentor]) {
      const mails = await mailsTo(t.db, person.user.email);
      expect(mails.map((m) => m.template)).toEqual(['tandems.help.contact']);
      expect(JSON.stringify(mails)).not.toContain('Nachbarkreis');
    }
    // Once closed, the list offers a new case again.
    expect((await coordinator.get('/koordination/tandems')).body.split('Alle Tandems')[0]).toContain(
      `action="${open}"`,
    );
  });

  it('is refused for an ended tandem with a message, and is a 404 for another programme or an unknown id', async () => {
    const ended = await createTandem(t, { status: 'ended' });
    const refused = await coordinator.post(`/koordination/tandems/${ended.id}/fall`, {});
    expect([refused.statusCode, refused.headers.location]).toEqual([303, '/koordination/tandems']);
    expect(text((await coordinator.get('/koordination/tandems')).body)).toContain(
      'Dieses Tandem ist bereits beendet; ein Fall ist nicht mehr nötig.',
    );
    expect(await casesOf(ended.id)).toHaveLength(0);

    const elsewhere = await createTandem(t, {
      status: 'active',
      mentee: { programme: 'klimaanpassung' },
      mentor: { programme: 'klimaanpassung' },
    });
    expect((await coordinator.post(`/koordination/tandems/${elsewhere.id}/fall`, {})).statusCode).toBe(404);
    expect((await coordinator.post('/koordination/tandems/kein-tandem/fall', {})).statusCode).toBe(404);
    expect(await casesOf(elsewhere.id)).toHaveLength(0);
  });
});
