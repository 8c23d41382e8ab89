import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { TestClient, text } from '../../../../test/helpers/client.ts';
import { createTandem, outsiders, refusalFor, strangerAnswer } from '../../../../test/support/tandems.ts';
import { insertMeeting, planVia } from '../../../../test/support/tandems-meetings.ts';
import { tandems } from '../../../db/schema/index.ts';

const t = useTestApp({ logStream: { write: (line) => log.push(line) } });
const log: string[] = [];

/** Parses a calendar as Mozilla's parser does, with its VTIMEZONE registered. */
function parse(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
  ICAL.TimezoneService.register(zone!);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const dtstart = vevent.getFirstProperty('dtstart')!;
    const start = dtstart.getFirstValue() as ICAL.Time;
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      sequence: event.sequence,
      status: vevent.getFirstPropertyValue('status'),
      tzid: dtstart.getParameter('tzid'),
      local: `${start.year}-${start.month}-${start.day} ${start.hour}:${String(start.minute).padStart(2, '0')}`,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
  return { calendar, events };
}

const feedUrlOf = (html: string) => /value="(http:\/\/localhost:3000\/kalender\/[^"]+\.ics)"/.exec(html)?.[1];

describe('the .ics of a meeting', () => {
  it('carries TZID Europe/Berlin, the local time, UID, SEQUENCE, and CANCELLED once cancelled', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const id = await planVia(pair.menteeBrowser, pair.id, { ort: 'Rathaus, Zimmer 12' });
    const url = `/tandems/${pair.id}/treffen/${id}/termin.ics`;
    let res = await pair.mentorBrowser.get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="treffen-2026-12-03.ics"');
    await pair.menteeBrowser.post('/sprache', { sprache: 'en', zurueck: '/tandems' });
    const english = await pair.menteeBrowser.get(url);
    expect(english.headers['content-disposition']).toBe('attachment; filename="meeting-2026-12-03.ics"');
    let [event] = parse(res.body).events;
    expect(event).toEqual({
      uid: `${id}@localhost`,
      summary: `Tandem-Treffen mit ${pair.mentee.user.name}`,
      location: 'Rathaus, Zimmer 12',
      sequence: 0,
      status: 'CONFIRMED',
      tzid: 'Europe/Berlin',
      local: '2026-12-3 14:30',
      start: '2026-12-03T13:30:00.000Z',
      end: '2026-12-03T14:30:00.000Z',
    });

    // Summer time: 12:00Z is 14:00 in Berlin.
    await pair.menteeBrowser.post(`/tandems/${pair.id}/treffen/${id}`, {
      datum: '2027-06-10',
      uhrzeit: '14:00',
      dauer: '45',
      format: 'in_person',
      ort: 'Rathaus, Zimmer 12',
    });
    [event] = parse((await pair.mentorBrowser.get(url)).body).events;
    expect(event).toMatchObject({
      sequence: 1,
      local: '2027-6-10 14:00',
      start: '2027-06-10T12:00:00.000Z',
      end: '2027-06-10T12:45:00.000Z',
    });

    await pair.menteeBrowser.post(`/tandems/${pair.id}/treffen/${id}/absage`);
    res = await pair.menteeBrowser.get(url);
    [event] = parse(res.body).events;
    expect(event).toMatchObject({ status: 'CANCELLED', sequence: 2 });
  });

  it('is for the two members only', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const id = await planVia(pair.menteeBrowser, pair.id);
    const others = await outsiders(t);
    const strangers = { ...others, anonymous: new TestClient(t.app) };
    for (const [who, browser] of Object.entries(strangers)) {
      const res = await browser.get(`/tandems/${pair.id}/treffen/${id}/termin.ics`);
      expect([who, strangerAnswer(res)]).toEqual([who, refusalFor(who)]);
      expect(res.body).not.toContain('BEGIN:VCALENDAR');
    }
  });
});

describe('the private calendar feed', () => {
  it('lists every meeting of all the person’s tandems, and a renewed address retires the old one at once', async () => {
    const first = await createTandem(t, { status: 'active' });
    const second = await createTandem(t, { status: 'active' });
    // The first tandem's mentor is also the second tandem's mentor.
    await t.db
      .update(tandems)
      .set({ mentorParticipationId: first.mentor.participation.id })
      .where(eq(tandems.id, second.id));
    const planned = await planVia(first.menteeBrowser, first.id, { ort: 'Kreishaus' });
    const cancelled = await planVia(second.menteeBrowser, second.id, { datum: '2026-12-08' });
    await second.menteeBrowser.post(`/tandems/${second.id}/treffen/${cancelled}/absage`);
    const held = await insertMeeting(t, first.id, { status: 'held' });
    await insertMeeting(t, first.id, { kind: 'contact', status: 'held', format: 'phone' });

    const page = await first.mentorBrowser.get('/kalender');
    expect(page.statusCode).toBe(200);
    const pageText = text(page.body);
    expect(pageText).toContain('Treffen im eigenen Kalender');
    expect(pageText).toContain('In Outlook abonnieren');
    expect(pageText).toContain('In Thunderbird abonnieren');
    expect(pageText).toContain('Adresse erneuern');
    const feedUrl = feedUrlOf(page.body)!;
    expect(feedUrl).toMatch(/^http:\/\/localhost:3000\/kalender\/[A-Za-z0-9_-]{43}\.ics$/);
    // The same address on every visit until it is renewed.
    expect(feedUrlOf((await first.mentorBrowser.get('/kalender')).body)).toBe(feedUrl);

    const path = new URL(feedUrl).pathname;
    const feed = await t.app.inject({ url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.headers['cache-control']).toBe('private, max-age=300');
    const { events } = parse(feed.body);
    expect(events.map((e) => [e.uid, e.status]).sort()).toEqual(
      [
        [`${planned}@localhost`, 'CONFIRMED'],
        [`${cancelled}@localhost`, 'CANCELLED'],
        [`${held.id}@localhost`, 'CONFIRMED'],
      ].sort(),
    );
    const plannedEvent = events.find((e) => e.uid === `${planned}@localhost`)!;
    expect(plannedEvent).toMatchObject({
      tzid: 'Europe/Berlin',
      local: '2026-12-3 14:30',
      location: 'Kreishaus',
      summary: `Tandem-Treffen mit ${first.mentee.user.name}`,
    });
    expect(events.find((e) => e.uid === `${cancelled}@localhost`)!.summary).toBe(
      `Tandem-Treffen mit ${second.mentee.user.name}`,
    );

    // The mentee's feed has only the mentee's own tandem.
    const menteeFeedUrl = feedUrlOf((await second.menteeBrowser.get('/kalender')).body)!;
    const menteeFeed = parse((await t.app.inject({ url: new URL(menteeFeedUrl).pathname })).body);
    expect(menteeFeed.events.map((e) => e.uid)).toEqual([`${cancelled}@localhost`]);

    const renewed = await first.mentorBrowser.post('/kalender/erneuern');
    expect(renewed.statusCode).toBe(303);
    expect(renewed.headers.location).toBe('/kalender');
    const after = await first.mentorBrowser.get('/kalender');
    expect(text(after.body)).toContain('Ihre Kalender-Adresse ist erneuert.');
    const newUrl = feedUrlOf(after.body)!;
    expect(newUrl).not.toBe(feedUrl);
    expect((await t.app.inject({ url: path })).statusCode).toBe(404);
    expect((await t.app.inject({ url: new URL(newUrl).pathname })).statusCode).toBe(200);

    // The secret never reaches the request log.
    const logged = log.join('\n');
    expect(logged).toContain('/kalender/[verborgen]');
    for (const secret of [feedUrl, newUrl, menteeFeedUrl]) {
      const token = secret.split('/').pop()!.replace('.ics', '');
      expect(logged).not.toContain(token);
    }
  });

  it('answers 404 to unknown or malformed tokens, and asks anonymous visitors of /kalender to sign in', async () => {
    for (const url of [
      '/kalender/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics',
      '/kalender/kurz.ics',
      '/kalender/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    ]) {
      expect((await t.app.inject({ url })).statusCode).toBe(404);
    }
    const anonymous = await t.app.inject({ url: '/kalender' });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toMatch(/^\/anmelden/);
  });
});
