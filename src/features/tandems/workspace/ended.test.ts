import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { createTandem } from '../../../../test/support/tandems.ts';
import { DAY, insertMeeting } from '../../../../test/support/tandems-meetings.ts';
import {
  agreementVersions,
  goals,
  kickoffPreparations,
  milestones,
  todos,
} from '../../../db/schema/index.ts';

const t = useTestApp();

const content = {
  expectations: 'Austausch',
  needs: '',
  wishes: '',
  capacities: '',
  goals: 'Förderantrag',
  formats: ['online' as const],
  rhythm: 'regular' as const,
  reachability: '',
};

/** An ended tandem with something in every area: agreement (and a pending change), goals, to-dos, meetings. */
async function endedTandem() {
  const pair = await createTandem(t, { status: 'ended' });
  const at = t.clock.now();
  await t.db.insert(agreementVersions).values([
    { tandemId: pair.id, version: 1, content, menteeConfirmedAt: at, mentorConfirmedAt: at },
    { tandemId: pair.id, version: 2, content: { ...content, wishes: 'Mehr' } },
  ]);
  await t.db
    .insert(kickoffPreparations)
    .values({ tandemId: pair.id, side: 'mentee', answers: { learn: 'x', reach: 'y' }, sharedAt: at });
  const [goal] = await t.db.insert(goals).values({ tandemId: pair.id, title: 'Förderantrag' }).returning();
  await t.db
    .insert(milestones)
    .values({ tandemId: pair.id, goalId: goal!.id, title: 'Entwurf', reachedAt: at });
  await t.db.insert(todos).values({ tandemId: pair.id, title: 'Offene Aufgabe', owner: 'both' });
  const held = await insertMeeting(t, pair.id, { status: 'held', recap: 'Rückblick', recordedAt: at });
  const planned = await insertMeeting(t, pair.id, { startsAt: new Date(at.getTime() + 3 * DAY) });
  const overdue = await insertMeeting(t, pair.id, { startsAt: new Date(at.getTime() - DAY) });
  return { pair, held, planned, overdue };
}

const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
/** Pages that write or lead to a form, by their address. */
const WRITING =
  /\/(treffen|kontakte|aufgaben\/[^"#]+|ziele\/[^"#]+|meilensteine|erfolge|kickoff\/teilen|vereinbarung\/bestaetigung|absage|protokoll|vorbereitung)"|#kontakt-festhalten|\/mentoring-zeit\/neu/;
/** Link and button words that offer a change. */
const OFFERING =
  /bearbeiten|planen|hinzufügen|teilen<|erfassen|absagen|vorbereiten|festhalten|ändern|bestätigen|erledigt markieren|Wieder öffnen|Als erreicht|Erfolg feiern|löschen/;

describe('an ended tandem’s workspace', () => {
  it('is read-only on every page: no links or buttons that edit, add, plan or share', async () => {
    const { pair, held, planned, overdue } = await endedTandem();
    const base = `/tandems/${pair.id}`;
    // Ended before its kick-off: the kick-off steps are for reading only too.
    const early = await createTandem(t, { status: 'ended' });
    const pages = [
      `/tandems/${early.id}`,
      base,
      `${base}/kickoff`,
      `${base}/vereinbarung`,
      `${base}/vereinbarung/verlauf`,
      `${base}/ziele`,
      `${base}/aufgaben`,
      `${base}/verlauf`,
      `${base}/treffen/${held.id}`,
      `${base}/treffen/${planned.id}`,
      `${base}/treffen/${overdue.id}`,
    ];
    for (const side of ['mentee', 'mentor'] as const) {
      for (const url of pages) {
        const owner = url.includes(early.id) ? early : pair;
        const res = await (side === 'mentee' ? owner.menteeBrowser : owner.mentorBrowser).get(url);
        expect([url, res.statusCode]).toEqual([url, 200]);
        const main = mainOf(res.body);
        const links = [...main.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)]
          .map((m) => `${m[1]}" ${text(m[2]!)}<`)
          .filter((l) => !l.includes('/rueckmeldung') && !l.includes('/anmeldung'));
        expect([url, links.filter((l) => WRITING.test(l) || OFFERING.test(l))]).toEqual([url, []]);
        const forms = [...main.matchAll(/<form[^>]*action="([^"]*)"/g)]
          .map((m) => m[1]!)
          .filter((a) => !a.includes('/rueckmeldung') && !a.includes('/anmeldung'));
        expect([url, forms]).toEqual([url, []]);
      }
    }
  });

  it('refuses every write with a German 409 page, not a 500', async () => {
    const { pair, held, planned } = await endedTandem();
    const base = `/tandems/${pair.id}`;
    const writes: [string, string][] = [
      ['GET', `${base}/treffen`],
      ['POST', `${base}/treffen`],
      ['POST', `${base}/kontakte`],
      ['GET', `${base}/treffen/${planned.id}/absage`],
      ['POST', `${base}/treffen/${planned.id}/absage`],
      ['POST', `${base}/treffen/${planned.id}`],
      ['POST', `${base}/treffen/${planned.id}/vorbereitung`],
      ['POST', `${base}/treffen/${held.id}/protokoll`],
      ['POST', `${base}/aufgaben`],
      ['POST', `${base}/kickoff`],
      ['POST', `${base}/kickoff/teilen`],
      ['POST', `${base}/vereinbarung`],
      ['POST', `${base}/vereinbarung/bestaetigung`],
      ['POST', `${base}/ziele`],
      ['POST', `${base}/meilensteine`],
      ['POST', `${base}/erfolge`],
    ];
    for (const [method, url] of writes) {
      const res =
        method === 'GET' ? await pair.menteeBrowser.get(url) : await pair.menteeBrowser.post(url, {});
      expect([method, url, res.statusCode]).toEqual([method, url, 409]);
      expect(text(res.body)).toContain('Dieses Tandem ist beendet');
    }
  });
});
