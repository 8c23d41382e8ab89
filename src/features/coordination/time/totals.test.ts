import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { createUser } from '../../../../test/helpers/factories.ts';
import { browserFor, createTandem } from '../../../../test/support/tandems.ts';
import { setFunding, storedEntry } from '../../../../test/support/tandems-time.ts';

const t = useTestApp();

const NOTE = 'NOTIZ-NUR-FUER-MICH-0815';
const ADAPTATION = 'Mentoring-Programm für Klimaanpassungsmanager*innen';

describe('the coordinators’ totals of mentoring time', () => {
  it('shows each mentor’s year total beside the duty, without notes, to the programme’s coordinators only', async () => {
    const pair = await createTandem(t, {
      status: 'active',
      mentee: { programme: 'klimaanpassung' },
      mentor: { programme: 'klimaanpassung', name: 'Anna Anschluss' },
    });
    await setFunding(t, pair.mentor.participation.id, 'Anschlussvorhaben');
    await storedEntry(t, pair, { on: '2026-02-01', minutes: 600, note: NOTE });
    await storedEntry(t, pair, { on: '2026-03-01', minutes: 120, kind: 'meeting', note: NOTE });
    await storedEntry(t, pair, { on: '2025-03-01', minutes: 999 });
    const first = await createTandem(t, {
      status: 'active',
      mentee: { programme: 'klimaanpassung' },
      mentor: { programme: 'klimaanpassung', name: 'Erna Erstvorhaben' },
    });
    await storedEntry(t, first, { on: '2026-04-01', minutes: 60 });

    const coordinator = await browserFor(
      t,
      await createUser(t.db, { kind: 'coordinator', coordinatorOf: 'klimaanpassung' }),
    );
    const res = await coordinator.get('/koordination/mentoring-zeit');
    expect(res.statusCode).toBe(200);
    const page = text(res.body);
    expect(page).toContain(`Mentoring-Zeit 2026: ${ADAPTATION}`);
    expect(page).toContain(
      'Mentoring-Pflicht: 5 Tage à 8 Stunden im Jahr, für Mentor*innen mit der Förderphase „Anschlussvorhaben“.',
    );
    expect(page).toContain('Anna Anschluss Anschlussvorhaben Ja, 40 Stunden 12:00 Std. 30 % 2');
    expect(page).toContain('Erna Erstvorhaben Erstvorhaben Nein 1:00 Std. – 1');
    expect(res.body).not.toContain(NOTE);
    expect(res.body).toContain('href="/koordination/tandem-einstellungen/klimaanpassung"');
    // Reached from the coordinators' tandem overview.
    expect((await coordinator.get('/koordination/tandems')).body).toContain(
      'href="/koordination/mentoring-zeit"',
    );

    const lastYear = text((await coordinator.get('/koordination/mentoring-zeit?jahr=2025')).body);
    expect(lastYear).toContain('Anna Anschluss Anschlussvorhaben Ja, 40 Stunden 16:39 Std. 41 % 1');

    // The coordinator of the other programme does not see these mentors at all.
    const other = await browserFor(t, await createUser(t.db, { kind: 'coordinator' }));
    const otherPage = text((await other.get('/koordination/mentoring-zeit')).body);
    expect(otherPage).toContain(
      'Mentoring im Klimaschutzmanagement Dieses Programm hat keine Mentoring-Pflicht.',
    );
    expect(otherPage).not.toContain('Anna Anschluss');
    expect(otherPage).not.toContain(ADAPTATION);
  });

  it('is refused to participants (403)', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const res = await pair.mentorBrowser.get('/koordination/mentoring-zeit');
    expect(res.statusCode).toBe(403);
  });
});
