import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { text } from '../../../test/helpers/client.ts';
import { loginAs, mailsTo } from '../../../test/helpers/factories.ts';
import { createParticipant } from '../../../test/helpers/participants.ts';
import { coordinator, detailUrl } from '../../../test/support/intake.ts';
import { outbox, participationEvents, profiles } from '../../db/schema/index.ts';

const t = useTestApp();

const HOUR = 3_600_000;

describe('the intake pipeline', () => {
  it('goes registered → scheduled → held → accepted, showing every answer and who changed what when', async () => {
    const { participation } = await createParticipant(t.db, {
      name: 'Lena Lernwillig',
      organisationName: 'Stadt Musterhausen',
      bundesland: 'HE',
    });
    const { user, client } = await coordinator(t, { name: 'Klara Koordinatorin' });
    const url = detailUrl(participation.id);

    const first = text((await client.get(url)).body);
    for (const answer of [
      'Anmeldung von Lena Lernwillig',
      'Stadt Musterhausen',
      'Hessen',
      'Sprachen Deutsch',
      'Erstvorhaben',
      'die ersten 100 Tage',
      'Klimaschutzkonzept',
      'Ein Klimaschutzkonzept aufstellen',
      'Online, Telefon',
      'monatlich',
      'Anmeldung über das Formular',
    ]) {
      expect(first).toContain(answer);
    }

    t.clock.advance(HOUR); // 11:00 in Berlin
    const scheduled = await client.post(`${url}/kennenlerngespraech`, {
      datum: '2026-12-03',
      uhrzeit: '14:30',
    });
    expect(scheduled.statusCode).toBe(303);
    expect(scheduled.headers.location).toBe(url);
    const afterSchedule = text((await client.get(url)).body);
    expect(afterSchedule).toContain('Der Termin ist gespeichert');
    expect(afterSchedule).toContain('Kennenlerngespräch 03.12.2026, 14:30');

    t.clock.advance(HOUR); // 12:00
    expect((await client.post(`${url}/status`, { status: 'intake_held' })).statusCode).toBe(303);
    t.clock.advance(HOUR); // 13:00
    expect((await client.post(`${url}/status`, { status: 'accepted' })).statusCode).toBe(303);

    const done = text((await client.get(url)).body);
    expect(done).toContain('Die Person ist in den Matching-Pool aufgenommen.');
    expect(done).toContain('Status und Verlauf Status Aufgenommen (im Matching-Pool)');
    expect(done).toContain(
      '20.11.2026, 11:00 Kennenlerngespräch geplant (vorher: Angemeldet) Klara Koordinatorin',
    );
    expect(done).toContain(
      '20.11.2026, 12:00 Kennenlerngespräch geführt (vorher: Kennenlerngespräch geplant) Klara Koordinatorin',
    );
    expect(done).toContain(
      '20.11.2026, 13:00 Aufgenommen (im Matching-Pool) (vorher: Kennenlerngespräch geführt) Klara Koordinatorin',
    );
    expect(done).toContain('In diesem Status sind keine weiteren Schritte');

    const events = await t.db
      .select()
      .from(participationEvents)
      .where(eq(participationEvents.participationId, participation.id));
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.actorId])).toEqual(
      expect.arrayContaining([
        ['registered', 'intake_scheduled', user.id],
        ['intake_scheduled', 'intake_held', user.id],
        ['intake_held', 'accepted', user.id],
      ]),
    );
    expect(events).toHaveLength(3);
  });

  it('mails the date with an .ics in Berlin time, and a new one with the same UID when it moves', async () => {
    const { participation } = await createParticipant(t.db, {
      name: 'Tom Termin',
      email: 'tom.termin@example.org',
    });
    const { client } = await coordinator(t);
    const url = detailUrl(participation.id);
    await client.post(`${url}/kennenlerngespraech`, { datum: '3.12.2026', uhrzeit: '14:30' });

    const [mail] = await mailsTo(t.db, 'tom.termin@example.org');
    expect(mail!.subject).toBe('Ihr Kennenlerngespräch am Donnerstag, 3. Dezember 2026 um 14:30 Uhr');
    expect(mail!.text).toContain('Guten Tag Tom Termin,');
    expect(mail!.text).toContain('Termin: Donnerstag, 3. Dezember 2026, 14:30 Uhr (deutsche Zeit)');
    expect(mail!.replyTo).toBe('agentur@klimaschutz.de');
    const [ics] = mail!.attachments!;
    expect(ics!.filename).toBe('kennenlerngespraech.ics');
    expect(ics!.contentType).toBe('text/calendar; charset=utf-8');
    expect(ics!.content).toContain('DTSTART;TZID=Europe/Berlin:20261203T143000');
    const cal = new ICAL.Component(ICAL.parse(ics!.content));
    const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(event.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Berlin');
    expect([event.startDate.hour, event.startDate.minute]).toEqual([14, 30]);
    expect([event.endDate.hour, event.endDate.minute]).toEqual([15, 0]);
    expect(event.summary).toBe('Kennenlerngespräch: Mentoring im Klimaschutzmanagement');
    expect(event.organizer).toBe('mailto:agentur@klimaschutz.de');

    // Moving the date: a new mail, the same calendar entry (UID) in a higher sequence.
    const moved = await client.post(`${url}/kennenlerngespraech`, { datum: '2026-12-10', uhrzeit: '09:00' });
    expect(moved.statusCode).toBe(303);
    const mails = await mailsTo(t.db, 'tom.termin@example.org');
    const again = mails.find((m) => m.template === 'intake.rescheduled')!;
    expect(again.subject).toBe(
      'Neuer Termin für Ihr Kennenlerngespräch: Donnerstag, 10. Dezember 2026, 09:00 Uhr',
    );
    const next = new ICAL.Event(
      new ICAL.Component(ICAL.parse(again.attachments![0]!.content)).getFirstSubcomponent('vevent')!,
    );
    expect(next.uid).toBe(event.uid);
    expect(next.sequence).toBe(1);
    expect(text((await client.get(url)).body)).toContain('Kennenlerngespräch geplant (neuer Termin)');
  });

  it('writes the mail in the participant’s language', async () => {
    const { participation } = await createParticipant(t.db, {
      name: 'Emma English',
      email: 'emma@example.org',
      locale: 'en',
    });
    const { client } = await coordinator(t);
    const id = participation.id;
    await client.post(`${detailUrl(id)}/kennenlerngespraech`, { datum: '2027-07-01', uhrzeit: '09:00' });
    const [mail] = await mailsTo(t.db, 'emma@example.org');
    expect(mail!.subject).toBe('Your intake call on Thursday, 1 July 2027 at 09:00');
    expect(mail!.attachments![0]!.content).toContain('DTSTART;TZID=Europe/Berlin:20270701T090000');
  });

  it('sends the decline with the text as edited, and records it', async () => {
    const { participation, user } = await createParticipant(t.db, {
      name: 'Rudi Raus',
      email: 'rudi.raus@example.org',
    });
    const { client } = await coordinator(t, { name: 'Kai Koordinator' });
    const url = detailUrl(participation.id);
    const form = await client.get(url);
    expect(text(form.body)).toContain(
      'vielen Dank für Ihr Interesse am Programm „Mentoring im Klimaschutzmanagement“',
    );
    const edited =
      'vielen Dank für das freundliche Gespräch. Da Sie in einem Ingenieurbüro arbeiten, gehören Sie leider nicht zur Zielgruppe.';
    const res = await client.post(`${url}/absage`, { mailtext: edited });
    expect(res.statusCode).toBe(303);
    const [mail] = await mailsTo(t.db, user.email);
    expect(mail!.subject).toBe('Ihre Anmeldung zum Programm „Mentoring im Klimaschutzmanagement“');
    expect(mail!.text).toContain('Guten Tag Rudi Raus,');
    expect(mail!.text).toContain(edited);
    expect(mail!.text).not.toContain('Interesse am Programm');
    const page = text((await client.get(url)).body);
    expect(page).toContain('Status Nicht teilnahmeberechtigt');
    expect(page).toContain('Nicht teilnahmeberechtigt (vorher: Angemeldet) Kai Koordinator');
    expect(page).toContain(edited);
    expect(page).not.toContain('Absage senden');
  });
});

describe('intake notes', () => {
  it('are shown to coordinators and never reach the participant', async () => {
    const { participation, user } = await createParticipant(t.db, { name: 'Vera Vertraulich' });
    const { client } = await coordinator(t, { name: 'Nora Notiz' });
    const url = detailUrl(participation.id);
    const secret = 'Vertraulich: wirkt unsicher beim Thema Haushalt';
    expect((await client.post(`${url}/notizen`, { notiz: secret })).statusCode).toBe(303);
    const page = text((await client.get(url)).body);
    expect(page).toContain('Die Notiz ist gespeichert.');
    expect(page).toContain(secret);
    expect(page).toContain('Nora Notiz am 20.11.2026');

    // The whole pipeline, with every mail it sends.
    await client.post(`${url}/kennenlerngespraech`, { datum: '2026-12-03', uhrzeit: '10:00' });
    await client.post(`${url}/absage`, { mailtext: 'Leider passt es nicht.' });

    const participant = await loginAs(t, user);
    for (const path of ['/konto', '/', '/profil']) {
      expect((await participant.get(path)).body).not.toContain('unsicher beim Thema Haushalt');
    }
    const direct = await participant.get(url);
    expect(direct.statusCode).toBe(403);
    expect(direct.body).not.toContain('unsicher beim Thema Haushalt');
    const all = await t.db.select().from(outbox);
    expect(all.length).toBeGreaterThan(0);
    for (const mail of all) {
      expect(JSON.stringify(mail)).not.toContain('unsicher beim Thema Haushalt');
    }
  });
});

describe('the consent line', () => {
  it('names the privacy notice by its date and the day of consent, in German, not as a timestamp', async () => {
    const { participation, user } = await createParticipant(t.db, { name: 'Dora Datum' });
    await t.db
      .update(profiles)
      .set({ consentVersion: '2026-12-06T21:47:15.576Z', consentAt: new Date('2026-12-06T22:05:00Z') })
      .where(eq(profiles.userId, user.id));
    const { client } = await coordinator(t);
    const page = text((await client.get(detailUrl(participation.id))).body);
    expect(page).toContain(
      'Datenschutzhinweise Fassung vom 6. Dezember 2026, 22:47 Uhr, erteilt am 6. Dezember 2026',
    );
    expect(page).not.toContain('2026-12-06T21:47');

    await t.db.update(profiles).set({ consentVersion: 'ausstehend' }).where(eq(profiles.userId, user.id));
    const pending = text((await client.get(detailUrl(participation.id))).body);
    expect(pending).toContain('Datenschutzhinweise noch nicht erteilt');
  });
});
