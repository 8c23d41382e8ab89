import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { createUser } from '../../../../test/helpers/factories.ts';
import { browserFor } from '../../../../test/support/tandems.ts';
import { auditEvents, programmes } from '../../../db/schema/index.ts';

const t = useTestApp();

const url = '/koordination/tandem-einstellungen/klimaanpassung';
const form = (over: Record<string, string> = {}) => ({
  erinnerung: '6',
  eskalation: '4',
  pflicht_tage: '5',
  stunden_pro_tag: '8',
  foerderphase: 'Anschlussvorhaben',
  ...over,
});
const programme = async (slug: string) =>
  (await t.db.select().from(programmes).where(eq(programmes.slug, slug)))[0]!;
const coordinatorOf = async (p: 'klimaschutz' | 'klimaanpassung') =>
  browserFor(t, await createUser(t.db, { kind: 'coordinator', coordinatorOf: p }));

describe('a programme’s tandem settings', () => {
  it('shows the adaptation programme’s defaults: 6 and 4 weeks, 5 days for Anschlussvorhaben', async () => {
    const client = await coordinatorOf('klimaanpassung');
    const res = await client.get(url);
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/name="erinnerung"[^>]*value="6"/);
    expect(res.body).toMatch(/name="eskalation"[^>]*value="4"/);
    expect(res.body).toMatch(/name="pflicht_tage"[^>]*value="5"/);
    expect(res.body).toMatch(/name="stunden_pro_tag"[^>]*value="8"/);
    expect(res.body).toMatch(/value="Anschlussvorhaben" checked/);
    const page = text(res.body);
    expect(page).toContain('Für alle Mentor*innen');
    expect(page).toContain('Nur für Mentor*innen mit der Förderphase „Erstvorhaben“');
  });

  it('refuses bad values with German messages and keeps what was typed', async () => {
    const client = await coordinatorOf('klimaanpassung');
    const res = await client.post(
      url,
      form({
        erinnerung: '0',
        eskalation: '53',
        pflicht_tage: '366',
        stunden_pro_tag: '25',
        foerderphase: 'Drittvorhaben',
      }),
    );
    expect(res.statusCode).toBe(422);
    const page = text(res.body);
    expect(page).toContain('Fehler: Tandem-Einstellungen');
    expect(page).toContain('Bitte korrigieren Sie 5 Angaben');
    expect(page).toContain('Bitte geben Sie für die Erinnerung eine ganze Zahl von 1 bis 52 Wochen an.');
    expect(page).toContain(
      'Bitte geben Sie für die Weitergabe an die Koordination eine ganze Zahl von 1 bis 52 Wochen an.',
    );
    expect(page).toContain(
      'Bitte geben Sie für die Mentoring-Pflicht eine ganze Zahl von 1 bis 365 Tagen an',
    );
    expect(page).toContain('Bitte geben Sie die Stunden je Tag als Zahl von 1 bis 24 an');
    expect(page).toContain('Bitte wählen Sie, für wen die Mentoring-Pflicht gilt');
    expect(res.body).toMatch(/name="eskalation"[^>]*value="53"/);
    const bad: Record<string, string>[] = [
      { stunden_pro_tag: 'acht' },
      { erinnerung: '99999999999999999' },
      { pflicht_tage: '2,5' },
    ];
    for (const over of bad) {
      expect((await client.post(url, form(over))).statusCode).toBe(422);
    }
    expect(await programme('klimaanpassung')).toMatchObject({ stallReminderWeeks: 6, dutyDaysPerYear: 5 });
  });

  it('saves the settings with an audit record, decimals in hours and an empty duty', async () => {
    const client = await coordinatorOf('klimaanpassung');
    const saved = await client.post(
      url,
      form({ erinnerung: '8', eskalation: '3', pflicht_tage: '4', stunden_pro_tag: '7,8', foerderphase: '' }),
    );
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/koordination/mentoring-zeit');
    expect(await programme('klimaanpassung')).toMatchObject({
      stallReminderWeeks: 8,
      stallEscalationWeeks: 3,
      dutyDaysPerYear: 4,
      dutyFundingPhase: '',
    });
    expect((await programme('klimaanpassung')).dutyHoursPerDay).toBeCloseTo(7.8, 5);
    const audits = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.kind, 'tandem_settings_changed'));
    expect(audits).toHaveLength(1);
    const overview = text((await client.get('/koordination/mentoring-zeit')).body);
    expect(overview).toContain('Die Tandem-Einstellungen wurden gespeichert.');
    expect(overview).toContain('Mentoring-Pflicht: 4 Tage à 7,8 Stunden im Jahr, für alle Mentor*innen.');
    expect((await client.get(url)).body).toMatch(/name="stunden_pro_tag"[^>]*value="7,8"/);

    const none = await client.post(url, form({ pflicht_tage: '', foerderphase: 'Anschlussvorhaben' }));
    expect(none.statusCode).toBe(303);
    expect((await programme('klimaanpassung')).dutyDaysPerYear).toBeNull();
    expect(text((await client.get('/koordination/mentoring-zeit')).body)).toContain(
      'Dieses Programm hat keine Mentoring-Pflicht.',
    );
  });

  it('answers 404 to coordinators of another programme and 403 to participants', async () => {
    const other = await coordinatorOf('klimaschutz');
    expect((await other.get(url)).statusCode).toBe(404);
    expect((await other.post(url, form({ erinnerung: '1' }))).statusCode).toBe(404);
    expect((await other.get('/koordination/tandem-einstellungen/gibt-es-nicht')).statusCode).toBe(404);
    const participant = await browserFor(t, await createUser(t.db));
    expect((await participant.get(url)).statusCode).toBe(403);
    expect((await programme('klimaanpassung')).stallReminderWeeks).not.toBe(1);
  });
});
