import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { text } from '../../../test/helpers/client.ts';
import { mailsTo } from '../../../test/helpers/factories.ts';
import { createParticipant } from '../../../test/helpers/participants.ts';
import { coordinator, detailUrl, postPairs } from '../../../test/support/intake.ts';
import { participationEvents, participations, programmes, topics } from '../../db/schema/index.ts';

const t = useTestApp();

const statusOf = async (id: string) =>
  (await t.db.select().from(participations).where(eq(participations.id, id)))[0]!;

async function topicsOf(slug: string) {
  return t.db
    .select({ id: topics.id, label: topics.label })
    .from(topics)
    .innerJoin(programmes, and(eq(programmes.id, topics.programmeId), eq(programmes.slug, slug)))
    .orderBy(topics.position);
}

describe('refused steps', () => {
  it('refuses a step the status does not allow, with a German message, changing nothing', async () => {
    const { participation } = await createParticipant(t.db, { name: 'Sina Sprung' });
    const { client } = await coordinator(t);
    const url = detailUrl(participation.id);
    const skip = await client.post(`${url}/status`, { status: 'accepted' });
    expect(skip.statusCode).toBe(409);
    expect(text(skip.body)).toContain('Diese Änderung ist nicht möglich');
    expect(text(skip.body)).toContain(
      'Im Status „Angemeldet“ ist der Schritt zu „Aufgenommen (im Matching-Pool)“ nicht vorgesehen.',
    );
    expect((await client.post(`${url}/status`, { status: 'intake_held' })).statusCode).toBe(409);
    expect((await statusOf(participation.id)).status).toBe('registered');
    const events = await t.db
      .select()
      .from(participationEvents)
      .where(eq(participationEvents.participationId, participation.id));
    expect(events).toHaveLength(0);

    const manipulated = await client.post(`${url}/status`, { status: 'withdrawn' });
    expect(manipulated.statusCode).toBe(422);
    expect(text(manipulated.body)).toContain('Bitte wählen Sie einen der angebotenen Schritte.');
  });

  it('offers nothing more once accepted or declined, and refuses a new date or a second decline', async () => {
    const accepted = await createParticipant(t.db, { status: 'accepted' });
    const declined = await createParticipant(t.db, { status: 'not_eligible' });
    const { client } = await coordinator(t);
    const page = text((await client.get(detailUrl(accepted.participation.id))).body);
    expect(page).not.toContain('Kennenlerngespräch planen');
    expect(page).not.toContain('Absage senden');
    const date = { datum: '2026-12-03', uhrzeit: '10:00' };
    const again = await client.post(`${detailUrl(accepted.participation.id)}/kennenlerngespraech`, date);
    expect(again.statusCode).toBe(409);
    const twice = await client.post(`${detailUrl(declined.participation.id)}/absage`, { mailtext: 'Nein.' });
    expect(twice.statusCode).toBe(409);
    expect(text(twice.body)).toContain('Im Status „Nicht teilnahmeberechtigt“');
    expect(await mailsTo(t.db, accepted.user.email)).toHaveLength(0);
    expect(await mailsTo(t.db, declined.user.email)).toHaveLength(0);
  });
});

describe('bad input', () => {
  it('shows each scheduling error next to its field and in the summary (422), keeping what was typed', async () => {
    const { participation, user } = await createParticipant(t.db);
    const { client } = await coordinator(t);
    const url = `${detailUrl(participation.id)}/kennenlerngespraech`;

    const empty = await client.post(url, { datum: '', uhrzeit: '' });
    expect(empty.statusCode).toBe(422);
    expect(text(empty.body)).toContain('Bitte korrigieren Sie 2 Angaben');
    expect(empty.body.match(/Bitte geben Sie das Datum des Gesprächs ein\./g)).toHaveLength(2);
    expect(empty.body.match(/Bitte geben Sie die Uhrzeit des Gesprächs ein\./g)).toHaveLength(2);
    expect(empty.body).toContain('href="#feld-datum"');

    const wrong = await client.post(url, { datum: '31.02.2027', uhrzeit: '25:61' });
    expect(wrong.statusCode).toBe(422);
    expect(text(wrong.body)).toContain('Bitte geben Sie ein gültiges Datum im Format TT.MM.JJJJ ein');
    expect(text(wrong.body)).toContain('Bitte geben Sie die Uhrzeit im Format HH:MM ein');
    expect(wrong.body).toContain('value="31.02.2027"');
    expect(wrong.body).toContain('value="25:61"');

    const past = await client.post(url, { datum: '2026-11-19', uhrzeit: '10:00' });
    expect(past.statusCode).toBe(422);
    expect(text(past.body)).toContain('Der Termin liegt in der Vergangenheit.');
    expect(past.body).toContain('value="2026-11-19"');
    expect((await statusOf(participation.id)).status).toBe('registered');
    expect(await mailsTo(t.db, user.email)).toHaveLength(0);
  });

  it('requires the text of a note and of a decline', async () => {
    const { participation, user } = await createParticipant(t.db);
    const { client } = await coordinator(t);
    const note = await client.post(`${detailUrl(participation.id)}/notizen`, { notiz: '   ' });
    expect(note.statusCode).toBe(422);
    expect(text(note.body)).toContain('Bitte schreiben Sie eine Notiz.');
    const decline = await client.post(`${detailUrl(participation.id)}/absage`, { mailtext: '' });
    expect(decline.statusCode).toBe(422);
    expect(text(decline.body)).toContain('Bitte schreiben Sie den Text der Absage.');
    const long = await client.post(`${detailUrl(participation.id)}/notizen`, { notiz: 'x'.repeat(5001) });
    expect(text(long.body)).toContain('Die Notiz darf höchstens 5.000 Zeichen lang sein.');
    expect((await statusOf(participation.id)).status).toBe('registered');
    expect(await mailsTo(t.db, user.email)).toHaveLength(0);
  });
});

describe("a mentor's strengths", () => {
  it('are refined after the call from the programme’s topics', async () => {
    const { participation } = await createParticipant(t.db, { role: 'mentor', status: 'intake_held' });
    const [a, b, , , , , , , , , , c] = await topicsOf('klimaschutz');
    const { client } = await coordinator(t);
    const url = detailUrl(participation.id);
    const form = await client.get(url);
    expect(text(form.body)).toContain('Themen, zu denen die Person Unterstützung anbietet');
    const res = await postPairs(
      client,
      `${url}/staerken`,
      [
        ['themen', a!.id],
        ['themen', c!.id],
        ['staerken', 'Lange Erfahrung mit Förderanträgen; kennt die Kommunalrichtlinie genau.'],
      ],
      url,
    );
    expect(res.statusCode).toBe(303);
    const saved = await statusOf(participation.id);
    expect(saved.topicsOffered.sort()).toEqual([a!.id, c!.id].sort());
    const page = text((await client.get(url)).body);
    expect(page).toContain('Lange Erfahrung mit Förderanträgen; kennt die Kommunalrichtlinie genau.');
    expect(page).toContain(`Themen, zu denen Unterstützung angeboten wird ${a!.label} ${c!.label}`);
    expect(b).toBeDefined();
  });

  it('refuses topics of another programme or none, keeping the text (422)', async () => {
    const { participation } = await createParticipant(t.db, { role: 'mentor', status: 'intake_held' });
    const [foreign] = await topicsOf('klimaanpassung');
    const { client } = await coordinator(t);
    const url = detailUrl(participation.id);
    const none = await postPairs(client, `${url}/staerken`, [['staerken', 'Moderation']], url);
    expect(none.statusCode).toBe(422);
    expect(text(none.body)).toContain('Bitte wählen Sie mindestens ein Thema aus.');
    expect(none.body).toContain('Moderation</textarea>');
    const other = await postPairs(
      client,
      `${url}/staerken`,
      [
        ['themen', foreign!.id],
        ['staerken', 'Moderation'],
      ],
      url,
    );
    expect(other.statusCode).toBe(422);
    expect(text(other.body)).toContain('Bitte wählen Sie nur Themen aus der Liste dieses Programms.');
  });

  it('are only for mentors', async () => {
    const { participation } = await createParticipant(t.db, { role: 'mentee', status: 'intake_held' });
    const [a] = await topicsOf('klimaschutz');
    const { client } = await coordinator(t);
    const url = detailUrl(participation.id);
    expect(text((await client.get(url)).body)).not.toContain('Stärken speichern');
    const res = await postPairs(client, `${url}/staerken`, [['themen', a!.id]], url);
    expect(res.statusCode).toBe(409);
    expect(text(res.body)).toContain('Stärken lassen sich nur für Mentor*innen festhalten');
  });
});
