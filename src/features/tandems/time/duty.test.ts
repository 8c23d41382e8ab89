import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { createTandem } from '../../../../test/support/tandems.ts';
import { setFunding, storedEntry } from '../../../../test/support/tandems-time.ts';
import { programmes } from '../../../db/schema/index.ts';
import { dutyFor, dutyPercent, parseYear } from './duty.ts';

const t = useTestApp();

const adaptation = {
  mentee: { programme: 'klimaanpassung' },
  mentor: { programme: 'klimaanpassung' },
} as const;

describe('the mentoring duty', () => {
  it('applies by the programme’s days, hours per day and funding phase', () => {
    const adaptationRule = { dutyDaysPerYear: 5, dutyHoursPerDay: 8, dutyFundingPhase: 'Anschlussvorhaben' };
    expect(dutyFor(adaptationRule, 'Anschlussvorhaben')).toEqual({ days: 5, hoursPerDay: 8, minutes: 2400 });
    expect(dutyFor(adaptationRule, 'Erstvorhaben')).toBeNull();
    expect(dutyFor({ ...adaptationRule, dutyFundingPhase: '' }, 'Erstvorhaben')?.minutes).toBe(2400);
    expect(dutyFor({ ...adaptationRule, dutyHoursPerDay: 7.8 }, 'Anschlussvorhaben')?.minutes).toBe(2340);
    expect(dutyFor({ ...adaptationRule, dutyDaysPerYear: null }, 'Anschlussvorhaben')).toBeNull();
    expect(dutyPercent(600, { days: 5, hoursPerDay: 8, minutes: 2400 })).toBe(25);
  });

  it('reads years of four digits from 2000 to next year only', () => {
    const now = new Date('2026-12-31T23:30:00Z'); // already 2027 in Berlin
    expect(parseYear('2028', now)).toBe(2028);
    expect(parseYear('2029', now)).toBeNull();
    expect(parseYear('1999', now)).toBeNull();
    expect(parseYear('226', now)).toBeNull();
    expect(parseYear('2026.5', now)).toBeNull();
  });

  it('is shown to an Anschlussvorhaben mentor of the adaptation programme beside the year’s total', async () => {
    const pair = await createTandem(t, { status: 'active', ...adaptation });
    await setFunding(t, pair.mentor.participation.id, 'Anschlussvorhaben');
    await storedEntry(t, pair, { on: '2026-02-03', minutes: 480, kind: 'meeting' });
    await storedEntry(t, pair, { on: '2026-05-06', minutes: 150, kind: 'event' });
    await storedEntry(t, pair, { on: '2025-05-06', minutes: 600 });
    const res = await pair.mentorBrowser.get('/mentoring-zeit');
    const page = text(res.body);
    expect(page).toContain('Ihre Mentoring-Pflicht 2026');
    expect(page).toContain('10,5 von 40 Stunden (5 Tage à 8 Stunden)');
    expect(page).toContain('Noch offen: 29,5 Stunden. Erfüllt: 26 %.');
    expect(res.body).toMatch(
      /<progress id="pflicht-0" max="2400" value="630">26 % der Mentoring-Pflicht<\/progress>/,
    );
    expect(res.body).toContain('<label class="kern-label" for="pflicht-0">');
  });

  it('says that no duty applies to an Erstvorhaben mentor of the adaptation programme', async () => {
    const pair = await createTandem(t, { status: 'active', ...adaptation });
    await storedEntry(t, pair, { on: '2026-02-03', minutes: 90 });
    const page = text((await pair.mentorBrowser.get('/mentoring-zeit')).body);
    expect(page).toContain('Für Sie gilt keine Mentoring-Pflicht im Programm');
    expect(page).toContain('Erfasst in 2026: 1,5 Stunden.');
    expect(page).not.toContain('von 40 Stunden');
  });

  it('follows the programme’s settings and says when the duty is fulfilled', async () => {
    await t.db
      .update(programmes)
      .set({ dutyDaysPerYear: 1, dutyHoursPerDay: 7.8, dutyFundingPhase: '' })
      .where(eq(programmes.slug, 'klimaschutz'));
    const pair = await createTandem(t, { status: 'active' });
    await storedEntry(t, pair, { on: '2026-01-10', minutes: 480 });
    const page = text((await pair.mentorBrowser.get('/mentoring-zeit')).body);
    expect(page).toContain('8 von 7,8 Stunden (1 Tag à 7,8 Stunden)');
    expect(page).toContain('Ihre Mentoring-Pflicht für 2026 ist erfüllt.');
    await t.db
      .update(programmes)
      .set({ dutyDaysPerYear: null, dutyHoursPerDay: 8, dutyFundingPhase: '' })
      .where(eq(programmes.slug, 'klimaschutz'));
  });
});
