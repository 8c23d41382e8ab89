import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { type TestClient, text } from '../../../test/helpers/client.ts';
import { coordinator } from '../../../test/support/intake.ts';
import { matchingUrl, poolMember } from '../../../test/support/matching.ts';
import { matchProposals } from '../../db/schema/index.ts';

const t = useTestApp();

/** A POST the way a script (or htmx) may send it: the CSRF token in a header, any body. */
async function raw(client: TestClient, url: string, payload?: string, contentType?: string) {
  const token = await client.token(matchingUrl);
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie,
      accept: 'text/html',
      'x-csrf-token': token,
      ...(contentType ? { 'content-type': contentType } : {}),
    },
    ...(payload === undefined ? {} : { payload }),
  });
}

describe('matching routes on malformed input', () => {
  it('answer 404 or 422 with a German message, never 500', async () => {
    const mentee = await poolMember(t, { name: 'Bad Input Mentee', topicIndexes: [0] });
    await poolMember(t, { role: 'mentor', name: 'Bad Input Mentor', topicIndexes: [0] });
    const { client } = await coordinator(t);
    const menteeUrl = `${matchingUrl}/mentees/${mentee.participation.id}`;
    const long = 'x'.repeat(15_000);
    const form = 'application/x-www-form-urlencoded';
    const json = 'application/json';
    const codes: Record<string, number> = {};
    const probe = async (name: string, p: Promise<{ statusCode: number }>) => {
      codes[name] = (await p).statusCode;
    };
    const round = `${matchingUrl}/runden`;
    const settings = `${matchingUrl}/einstellungen`;
    const propose = `${menteeUrl}/vorschlag`;
    const nil = '00000000-0000-0000-0000-000000000000';
    await probe('round: no body', raw(client, round));
    await probe('round: JSON null', raw(client, round, 'null', json));
    await probe('round: JSON array', raw(client, round, '[1]', json));
    await probe('round: JSON objects', raw(client, round, '{"modus":{"a":1},"mindestpunktzahl":[1]}', json));
    await probe(
      'round: fields twice',
      raw(client, round, 'modus=score&modus=x&mindestpunktzahl=1&mindestpunktzahl=2', form),
    );
    await probe('round: long', client.post(round, { modus: long, mindestpunktzahl: long }));
    await probe('settings: no body', raw(client, settings));
    await probe('settings: JSON null', raw(client, settings, 'null', json));
    await probe(
      'settings: fields twice',
      raw(client, settings, 'erinnerung=1&erinnerung=2&aktion=speichern&aktion=x', form),
    );
    await probe(
      'settings: long',
      client.post(settings, { erinnerung: long, ablauf: long, gewicht_topics: long }),
    );
    await probe('propose: no body', raw(client, propose));
    await probe('propose: JSON null', raw(client, propose, 'null', json));
    await probe(
      'propose: JSON objects',
      raw(client, propose, '{"mentor":{"a":1},"begruendung":{"b":2}}', json),
    );
    await probe(
      'propose: fields twice',
      raw(client, propose, 'mentor=a&mentor=b&begruendung=x&begruendung=y', form),
    );
    await probe('propose: long', client.post(propose, { mentor: long, begruendung: long }));
    await probe(
      'propose: malformed mentee',
      client.post(`${matchingUrl}/mentees/nope/vorschlag`, { mentor: nil }),
    );
    await probe(
      'suggestions: filters twice',
      client.get(
        `${menteeUrl}?bundesland=BY&bundesland=HE&thema=x&thema=y&mindestpunktzahl=1&mindestpunktzahl=2`,
      ),
    );
    await probe('suggestions: malformed mentee', client.get(`${matchingUrl}/mentees/nope`));
    await probe('round: malformed id', client.get(`${round}/nope`));
    await probe('rerun: malformed id', client.post(`${round}/nope/neu-berechnen`, {}));
    await probe('publish: malformed id', client.post(`${round}/nope/veroeffentlichen`, {}));
    expect(codes).toEqual({
      'round: no body': 422,
      'round: JSON null': 422,
      'round: JSON array': 422,
      'round: JSON objects': 422,
      'round: fields twice': 422,
      'round: long': 422,
      'settings: no body': 422,
      'settings: JSON null': 422,
      'settings: fields twice': 422,
      'settings: long': 422,
      'propose: no body': 422,
      'propose: JSON null': 422,
      'propose: JSON objects': 422,
      'propose: fields twice': 422,
      'propose: long': 422,
      'propose: malformed mentee': 404,
      'suggestions: filters twice': 422,
      'suggestions: malformed mentee': 404,
      'round: malformed id': 404,
      'rerun: malformed id': 404,
      'publish: malformed id': 404,
    });
    const empty = await raw(client, round, 'null', json);
    expect(text(empty.body)).toContain('Bitte wählen Sie, was die Runde erreichen soll.');
  });
});

describe('what coordinators read', () => {
  it('names each mentor in the disclosures, and says who declined and why a mentor was picked by hand', async () => {
    const mentee = await poolMember(t, { name: 'Read Mentee', topicIndexes: [0] });
    for (const n of ['Ada', 'Bo'])
      await poolMember(t, { role: 'mentor', name: `Read ${n}`, topicIndexes: [0] });
    const { client } = await coordinator(t);
    const menteeUrl = `${matchingUrl}/mentees/${mentee.participation.id}`;
    const page = text((await client.get(menteeUrl)).body);
    expect(page).toContain('Warum dieser Vorschlag? (Mentor*in Read Ada)');
    expect(page).toContain('Warum dieser Vorschlag? (Mentor*in Read Bo)');

    const weights = await client.post(`${matchingUrl}/einstellungen`, {
      gewicht_region: 'viel',
      ablauf: '0',
    });
    expect(weights.statusCode).toBe(422);
    expect(text(weights.body)).toContain(
      'Bitte geben Sie als Gewicht für „Region“ eine ganze Zahl von 0 bis 100 an.',
    );
    expect(text(weights.body)).toContain(
      'Bitte geben Sie für den Ablauf eine ganze Zahl von 1 bis 90 Tagen an.',
    );

    const pool = await client.get(menteeUrl);
    const mentorId = /name="mentor" value="([^"]+)"/.exec(pool.body)![1]!;
    await client.post(`${menteeUrl}/vorschlag`, { mentor: mentorId });
    const [made] = await t.db
      .select()
      .from(matchProposals)
      .where(eq(matchProposals.menteeParticipationId, mentee.participation.id));
    await t.db
      .update(matchProposals)
      .set({
        manualReason: 'Kennen sich vom Netzwerktreffen',
        menteeAnswer: 'declined',
        status: 'declined',
        declineReason: 'Zu weit weg',
      })
      .where(eq(matchProposals.id, made!.id));
    const overview = text((await client.get(matchingUrl)).body);
    expect(overview).toContain('(Eigene Auswahl: Kennen sich vom Netzwerktreffen)');
    expect(overview).toContain('Mentee: „Zu weit weg“');
  });
});
