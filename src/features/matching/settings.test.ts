import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { text } from '../../../test/helpers/client.ts';
import { createUser, loginAs } from '../../../test/helpers/factories.ts';
import { coordinator } from '../../../test/support/intake.ts';
import { matchingUrl, poolMember } from '../../../test/support/matching.ts';
import { auditEvents, programmes } from '../../db/schema/index.ts';

const t = useTestApp();

const url = `${matchingUrl}/einstellungen`;
const form = (over: Record<string, string> = {}) => ({
  gewicht_topics: '35',
  gewicht_organisation: '15',
  gewicht_region: '15',
  gewicht_formats: '10',
  gewicht_experience: '10',
  gewicht_funding: '10',
  gewicht_languages: '5',
  erinnerung: '7',
  ablauf: '14',
  ...over,
});

describe('weights and deadlines', () => {
  it('shows the programme defaults, previews other weights without saving, then saves them', async () => {
    const mentee = await poolMember(t, { name: 'Vera Vorschau', bundesland: 'NI', topicIndexes: [0, 1] });
    await poolMember(t, { role: 'mentor', name: 'Themen Treffer', bundesland: 'BY', topicIndexes: [0, 1] });
    await poolMember(t, { role: 'mentor', name: 'Nachbar Nah', bundesland: 'NI', topicIndexes: [] });
    const { client } = await coordinator(t);
    const page = await client.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('name="gewicht_topics"');
    expect(page.body).toContain('value="35"');

    const preview = await client.post(
      url,
      form({ aktion: 'vorschau', gewicht_topics: '0', gewicht_region: '100' }),
    );
    expect(preview.statusCode).toBe(200);
    const previewText = text(preview.body);
    expect(previewText).toContain('Vorschau: so ändern sich die Vorschläge');
    const row = previewText.slice(previewText.indexOf(mentee.user.name));
    // With topics first, the topic expert leads; with only the region counting, the neighbour does.
    expect(row.indexOf('Themen Treffer')).toBeLessThan(row.indexOf('Nachbar Nah'));
    expect(row).toContain('Ja');
    const [unchanged] = await t.db.select().from(programmes).where(eq(programmes.slug, 'klimaschutz'));
    expect(unchanged!.matchingWeights).toEqual({});

    const saved = await client.post(
      url,
      form({ aktion: 'speichern', gewicht_topics: '50', erinnerung: '5', ablauf: '10' }),
    );
    expect(saved.statusCode).toBe(303);
    const [p] = await t.db.select().from(programmes).where(eq(programmes.slug, 'klimaschutz'));
    expect(p!.matchingWeights).toMatchObject({ topics: 50, region: 15 });
    expect(p).toMatchObject({ proposalReminderDays: 5, proposalExpiryDays: 10 });
    const audits = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.kind, 'matching_weights_changed'));
    expect(audits).toHaveLength(1);
    expect(text((await client.get(matchingUrl)).body)).toContain(
      'Gewichtung und Fristen wurden gespeichert.',
    );
  });

  it('refuses bad values with German messages and keeps what was typed', async () => {
    const { client } = await coordinator(t);
    const res = await client.post(
      url,
      form({ aktion: 'speichern', gewicht_region: '-1', gewicht_formats: 'viel' }),
    );
    expect(res.statusCode).toBe(422);
    expect(text(res.body)).toContain(
      'Bitte korrigieren Sie 2 Angaben: Region: Bitte geben Sie als Gewicht für „Region“ eine ganze Zahl von 0 bis 100 an. Formate und Rhythmus: Bitte geben Sie als Gewicht für „Formate und Rhythmus“ eine ganze Zahl von 0 bis 100 an.',
    );
    expect(res.body).toContain('value="viel"');
    const deadlines = await client.post(url, form({ aktion: 'speichern', ablauf: '3', erinnerung: '7' }));
    expect(deadlines.statusCode).toBe(422);
    expect(text(deadlines.body)).toContain('Der Ablauf muss später sein als die Erinnerung.');
    const [p] = await t.db.select().from(programmes).where(eq(programmes.slug, 'klimaschutz'));
    // Still what the first test saved.
    expect(p).toMatchObject({ proposalReminderDays: 5, proposalExpiryDays: 10 });
    const zero = await client.post(
      url,
      form({
        aktion: 'speichern',
        gewicht_topics: '0',
        gewicht_organisation: '0',
        gewicht_region: '0',
        gewicht_formats: '0',
        gewicht_experience: '0',
        gewicht_funding: '0',
        gewicht_languages: '0',
      }),
    );
    expect(zero.statusCode).toBe(422);
    expect(text(zero.body)).toContain('Mindestens ein Kriterium braucht ein Gewicht über 0.');
  });

  it('belong to admins too: an admin who coordinates nothing opens, previews and saves them, audited', async () => {
    const user = await createUser(t.db, { kind: 'admin' });
    const admin = await loginAs(t, user);
    const programmePage = await admin.get('/verwaltung/programme/klimaschutz');
    expect(programmePage.body).toContain(`href="${url}"`);
    const page = await admin.get(url);
    expect(page.statusCode).toBe(200);
    expect(text(page.body)).toContain('Gewichtung und Fristen: Mentoring im Klimaschutzmanagement');
    // The way back is the programme's data: the matching itself stays the coordinators' work.
    expect(page.body).toContain('href="/verwaltung/programme/klimaschutz"');
    expect(page.body).not.toContain(`href="${matchingUrl}"`);
    const preview = await admin.post(url, form({ aktion: 'vorschau', gewicht_region: '60' }));
    expect(preview.statusCode).toBe(200);
    expect(text(preview.body)).toContain('Vorschau: so ändern sich die Vorschläge');
    const saved = await admin.post(url, form({ aktion: 'speichern', gewicht_region: '40', erinnerung: '4' }));
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/verwaltung/programme/klimaschutz');
    expect(text((await admin.get('/verwaltung/programme/klimaschutz')).body)).toContain(
      'Gewichtung und Fristen wurden gespeichert.',
    );
    const [p] = await t.db.select().from(programmes).where(eq(programmes.slug, 'klimaschutz'));
    expect(p!.matchingWeights).toMatchObject({ region: 40 });
    expect(p!.proposalReminderDays).toBe(4);
    const audits = await t.db.select().from(auditEvents).where(eq(auditEvents.actorId, user.id));
    expect(audits.map((a) => a.kind)).toContain('matching_weights_changed');
    // The rest of matching stays closed to the admin.
    expect((await admin.get(matchingUrl)).statusCode).toBe(403);
  });
});
