import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { createTandem, outsiders } from '../../../../test/support/tandems.ts';
import { outboxRows, plantContents, SECRET } from '../../../../test/support/tandems-confidentiality.ts';
import { goals, meetings, todos } from '../../../db/schema/index.ts';
import { formatAt } from '../../../ui/format.ts';
import { sweepStalledTandems } from './service.ts';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

const t = useTestApp();

/** The visible cells of the last table row naming the pair (the list of all tandems comes last). */
function cells(html: string, pair: string): string[] {
  const rows = html.split('<tr').filter((r) => text(r).includes(pair));
  const row = rows.at(-1) ?? '';
  return [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => text(m[1]!).trim());
}

describe('the coordinators’ tandem overview', () => {
  it('shows dates and counts of every tandem, the attention list first, and never contents', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const started = t.clock.now();
    const ids = await plantContents(t, pair);
    const heldOn = new Date(started.getTime() - 7 * DAY);
    // One more to-do done (not counted as open), one goal celebrated beside the planted milestone.
    await t.db
      .insert(todos)
      .values({ tandemId: pair.id, title: `Erledigt ${SECRET}`, owner: 'mentee', doneAt: started });
    await t.db.update(goals).set({ celebratedAt: started }).where(eq(goals.id, ids.goalId));
    await t.db.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, ids.plannedMeetingId));
    const quiet = await createTandem(t, { status: 'kickoff_pending' });
    await createTandem(t, { status: 'ended' });
    const elsewhere = await createTandem(t, {
      status: 'active',
      mentee: { programme: 'klimaanpassung' },
      mentor: { programme: 'klimaanpassung' },
    });
    await t.db.insert(meetings).values({
      tandemId: quiet.id,
      startsAt: new Date(started.getTime() + 12 * WEEK),
      durationMinutes: 60,
      format: 'phone',
    });

    t.clock.advance(6 * WEEK);
    await sweepStalledTandems(t.app.deps);
    t.clock.advance(4 * WEEK);
    const swept = await sweepStalledTandems(t.app.deps);
    expect(swept.escalated).toBeGreaterThanOrEqual(1);

    const { coordinator } = await outsiders(t);
    const res = await coordinator.get('/koordination/tandems');
    expect(res.statusCode).toBe(200);
    const page = text(res.body);
    const name = `${pair.mentee.user.name} mit ${pair.mentor.user.name}`;
    const day = (d: Date) => formatAt(d, 'de', 'date');

    expect(page).toContain('2 laufende Tandems und 1 beendetes; 2 gefeierte Erfolge.');
    expect(page).toContain('Braucht Aufmerksamkeit (1)');
    expect(page).toContain('Alle Tandems (3)');
    // Both lists: last and next meeting, held meetings, open to-dos, logged time.
    const meetingFacts = [day(heldOn), '–', '1', '1', '1:00 Std.'];
    // The attention list: since when, and the last activity (the start of the tandem).
    const attention = res.body.split('Alle Tandems (3)')[0]!;
    expect(cells(attention, name)).toEqual([
      name,
      'Aktiv',
      day(started),
      day(t.clock.now()),
      day(started),
      ...meetingFacts,
      // The case column: a button whose name (for screen readers) names the pair.
      expect.stringMatching(new RegExp(`^Fall anlegen ?: ${name}$`)),
    ]);
    // Every tandem: status and start, then the same facts.
    expect(cells(res.body, name)).toEqual([name, 'Aktiv', day(started), ...meetingFacts]);
    const waiting = `${quiet.mentee.user.name} mit ${quiet.mentor.user.name}`;
    expect(cells(attention, waiting)).toEqual([]);
    expect(cells(res.body, waiting)[1]).toBe('Kick-off steht aus');
    expect(page).not.toContain(elsewhere.mentee.user.name);
    expect(res.body).toContain('href="/koordination/mentoring-zeit"');
    expect(res.body).toContain('href="/koordination/tandem-einstellungen/klimaschutz"');
    expect(res.body).toContain('href="/koordination/unterstuetzung"');
    expect(res.body).toMatch(/<caption[^>]*>Alle Tandems in Mentoring im Klimaschutzmanagement,/);
    expect(res.body).toContain('scope="row"');

    // Neither the page nor any mail the sweep sent carries a word the tandem wrote.
    expect(res.body).not.toContain(SECRET);
    const mails = await outboxRows(t);
    expect(mails.length).toBeGreaterThanOrEqual(2);
    for (const mail of mails) expect(JSON.stringify(mail)).not.toContain(SECRET);
  });

  it('filters the list of all tandems by status and ignores an unknown status', async () => {
    const { coordinator } = await outsiders(t);
    const ended = text((await coordinator.get('/koordination/tandems?stand=ended')).body);
    expect(ended).toContain('Tandems mit Stand „Beendet“ (1)');
    const unknown = await coordinator.get('/koordination/tandems?stand=%3Cquatsch%3E');
    expect(unknown.statusCode).toBe(200);
    expect(text(unknown.body)).toContain('Alle Tandems (3)');
  });

  it('shows coordinators of another programme only their programme’s tandems', async () => {
    const { coordinator } = await outsiders(t, 'klimaanpassung');
    const res = await coordinator.get('/koordination/tandems');
    expect(text(res.body)).toContain('1 laufendes Tandem und 0 beendete; 0 gefeierte Erfolge.');
    expect(res.body).toContain('id="programm-klimaanpassung"');
    expect(res.body).not.toContain('id="programm-klimaschutz"');
  });
});
