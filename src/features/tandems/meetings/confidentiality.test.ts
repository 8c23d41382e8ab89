import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { TestClient } from '../../../../test/helpers/client.ts';
import { createTandem, outsiders, refusalFor, strangerAnswer } from '../../../../test/support/tandems.ts';
import {
  DAY,
  HOUR,
  insertMeeting,
  planFields,
  planVia,
  todosOf,
} from '../../../../test/support/tandems-meetings.ts';
import { outbox } from '../../../db/schema/index.ts';
import { remindMeetings } from './service/remind.ts';

const MARKER = 'GEHEIM-4711-Treffpunkt';

const t = useTestApp({ logStream: { write: (line) => log.push(line) } });
const log: string[] = [];

describe('meetings, records and to-dos stay between the two members', () => {
  it('no mail carries a place, a record, a learning, a preparation or a to-do', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const tomorrow = { datum: '2026-11-21', uhrzeit: '15:00' };
    const id = await planVia(pair.menteeBrowser, pair.id, { ...tomorrow, ort: `Küche ${MARKER}` });
    await pair.mentorBrowser.post(
      `/tandems/${pair.id}/treffen/${id}`,
      planFields({ ...tomorrow, ort: `Garten ${MARKER}`, format: 'in_person' }),
    );
    await pair.mentorBrowser.post(`/tandems/${pair.id}/treffen/${id}/vorbereitung`, {
      fragen: `Frage ${MARKER}`,
      themen: `Thema ${MARKER}`,
      veraenderungen: `Veränderung ${MARKER}`,
    });
    expect(await remindMeetings(t.app.deps)).toBe(1);

    const held = await insertMeeting(t, pair.id);
    const recorded = await pair.menteeBrowser.post(`/tandems/${pair.id}/treffen/${held.id}/protokoll`, {
      rueckblick: `Rückblick ${MARKER}`,
      erkenntnisse: `Erkenntnis ${MARKER}`,
      naechste_themen: `Nächstes ${MARKER}`,
      aufgabe1_titel: `Aufgabe ${MARKER}`,
      aufgabe1_zustaendig: 'both',
      naechstes_datum: '2026-12-01',
      naechste_uhrzeit: '11:00',
      naechste_dauer: '60',
      naechstes_format: 'in_person',
      naechster_ort: `Café ${MARKER}`,
    });
    expect(recorded.statusCode).toBe(303);
    await pair.menteeBrowser.post(`/tandems/${pair.id}/aufgaben`, {
      titel: `Noch eine ${MARKER}`,
      zustaendig: 'mentor',
    });
    await pair.mentorBrowser.post(`/tandems/${pair.id}/kontakte`, {
      kontakt_datum: '2026-11-19',
      kontakt_dauer: '15',
      kontakt_format: 'email',
      zusammenfassung: `Kontakt ${MARKER}`,
    });
    await pair.menteeBrowser.post(`/tandems/${pair.id}/treffen/${id}/absage`);
    expect(await todosOf(t, pair.id)).toHaveLength(2);

    const mails = await t.db.select().from(outbox);
    expect(mails.map((m) => m.template).sort()).toEqual(
      [
        ...Array(2).fill('tandems.meetings.cancelled'),
        ...Array(2).fill('tandems.meetings.changed'),
        ...Array(4).fill('tandems.meetings.planned'),
        ...Array(2).fill('tandems.meetings.reminder'),
      ].sort(),
    );
    for (const mail of mails) expect(JSON.stringify(mail)).not.toContain(MARKER);
    expect(log.join('\n')).not.toContain(MARKER);

    // The two members do read it all.
    const page = await pair.mentorBrowser.get(`/tandems/${pair.id}/treffen/${held.id}`);
    expect(page.body).toContain(`Erkenntnis ${MARKER}`);
  });

  it('every meeting and to-do route answers 404 to a coordinator, an admin, another participant and the login to an anonymous visitor', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const planned = await insertMeeting(t, pair.id, {
      status: 'planned',
      startsAt: new Date(t.clock.now().getTime() + 2 * DAY),
      location: `Ort ${MARKER}`,
    });
    const held = await insertMeeting(t, pair.id, {
      status: 'held',
      startsAt: new Date(t.clock.now().getTime() - 3 * HOUR),
      learnings: `Erkenntnis ${MARKER}`,
    });
    await pair.menteeBrowser.post(`/tandems/${pair.id}/aufgaben`, {
      titel: `Aufgabe ${MARKER}`,
      zustaendig: 'both',
    });
    const [created] = await todosOf(t, pair.id);
    const base = `/tandems/${pair.id}`;
    const routes: [string, string][] = [
      ['GET', `${base}/treffen`],
      ['POST', `${base}/treffen`],
      ['GET', `${base}/treffen/${planned.id}`],
      ['POST', `${base}/treffen/${planned.id}`],
      ['GET', `${base}/treffen/${planned.id}/absage`],
      ['POST', `${base}/treffen/${planned.id}/absage`],
      ['POST', `${base}/treffen/${planned.id}/vorbereitung`],
      ['GET', `${base}/treffen/${planned.id}/termin.ics`],
      ['GET', `${base}/treffen/${held.id}`],
      ['GET', `${base}/treffen/${held.id}/protokoll`],
      ['POST', `${base}/treffen/${held.id}/protokoll`],
      ['POST', `${base}/kontakte`],
      ['GET', `${base}/aufgaben`],
      ['POST', `${base}/aufgaben`],
      ['POST', `${base}/aufgaben/${created!.id}`],
    ];
    const strangers = { ...(await outsiders(t)), anonymous: new TestClient(t.app) };
    for (const [method, url] of routes) {
      for (const member of [pair.menteeBrowser, pair.mentorBrowser]) {
        if (method === 'GET') expect([url, (await member.get(url)).statusCode]).toEqual([url, 200]);
      }
      for (const [who, browser] of Object.entries(strangers)) {
        const res =
          method === 'GET'
            ? await browser.get(url)
            : await browser.post(url, { ...planFields(), erledigt: 'ja' }, { tokenFrom: '/' });
        expect([method, url, who, strangerAnswer(res)]).toEqual([method, url, who, refusalFor(who)]);
        expect(res.body).not.toContain(MARKER);
      }
    }
  });
});
