import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { createTandem } from '../../../../test/support/tandems.ts';
import { pdfText, setFunding, storedEntry } from '../../../../test/support/tandems-time.ts';

const t = useTestApp();

const NOTE = 'NOTIZ-GEHEIM-4711';

describe('the proof of mentoring activities (PDF)', () => {
  it('lists dates, kinds, durations, totals and the duty, but no notes and no names of mentees', async () => {
    const pair = await createTandem(t, {
      status: 'active',
      mentee: { programme: 'klimaanpassung', name: 'Mentee Vertraulich' },
      mentor: {
        programme: 'klimaanpassung',
        name: 'Jürgen Größmann',
        organisationName: 'Landkreis Süderstadt',
      },
    });
    await setFunding(t, pair.mentor.participation.id, 'Anschlussvorhaben');
    await storedEntry(t, pair, { on: '2026-03-02', minutes: 90, kind: 'meeting', note: NOTE });
    await storedEntry(t, pair, { on: '2026-03-01', minutes: 30, kind: 'preparation', note: NOTE });
    await storedEntry(t, pair, { on: '2026-09-15', minutes: 240, kind: 'event', tandem: false });
    await storedEntry(t, pair, { on: '2025-12-31', minutes: 45, kind: 'community', note: 'Vorjahr' });
    const other = await createTandem(t, { status: 'active', mentor: { programme: 'klimaanpassung' } });
    await storedEntry(t, other, { on: '2026-04-04', minutes: 77, kind: 'other' });

    const res = await pair.mentorBrowser.get('/mentoring-zeit/nachweis/2026');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="nachweis-mentoring-2026.pdf"');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const pdf = await pdfText(res.rawPayload);
    expect(pdf).toContain('Nachweis über Mentoring-Tätigkeiten 2026');
    expect(pdf).toContain('Mentor*in: Jürgen Größmann');
    expect(pdf).toContain('Organisation: Landkreis Süderstadt');
    expect(pdf).toContain('Förderphase: Anschlussvorhaben');
    // In date order, each with kind and duration.
    expect(pdf).toContain(
      '01.03.2026 Vorbereitung 0:30 Std. 02.03.2026 Treffen 1:30 Std. 15.09.2026 Veranstaltung (z. B. Vortrag bei einer Veranstaltung) 4:00 Std.',
    );
    expect(pdf).toContain('Summen nach Art der Tätigkeit');
    expect(pdf).toContain(
      'Treffen 1:30 Std. Vorbereitung 0:30 Std. Veranstaltung (z. B. Vortrag bei einer Veranstaltung) 4:00 Std. Gesamt 2026 6:00 Std.',
    );
    expect(pdf).toContain('Mentoring-Pflicht 5 Tage à 8 Stunden (40 Stunden); erfasst: 6 Stunden (15 %)');
    expect(pdf).toContain('Erstellt am 20.11.2026');
    expect(pdf).not.toContain(NOTE);
    expect(pdf).not.toContain('Mentee Vertraulich');
    expect(pdf).not.toContain('Vorjahr');
    expect(pdf).not.toContain('31.12.2025');
    expect(pdf).not.toContain('1:17 Std.');
  });

  it('says when no duty applies and when nothing is logged', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const res = await pair.mentorBrowser.get('/mentoring-zeit/nachweis/2025');
    expect(res.statusCode).toBe(200);
    const pdf = await pdfText(res.rawPayload);
    expect(pdf).toContain('Nachweis über Mentoring-Tätigkeiten 2025');
    expect(pdf).toContain('Für 2025 sind keine Mentoring-Tätigkeiten erfasst.');
    expect(pdf).toContain('Es gilt keine Mentoring-Pflicht; erfasst: 0 Stunden.');
    expect(pdf).toContain('Gesamt 2025 0:00 Std.');
  });

  it('answers 404 for a year that is not a plausible year', async () => {
    const pair = await createTandem(t, { status: 'active' });
    for (const year of ['1999', '2028', '20261', '26', 'abcd', '2026.0']) {
      const res = await pair.mentorBrowser.get(`/mentoring-zeit/nachweis/${year}`);
      expect([year, res.statusCode]).toEqual([year, 404]);
    }
    expect((await pair.mentorBrowser.get('/mentoring-zeit/nachweis/2027')).statusCode).toBe(200);
  });
});
