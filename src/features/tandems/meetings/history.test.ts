import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { createTandem } from '../../../../test/support/tandems.ts';
import { DAY, HOUR } from '../../../../test/support/tandems-meetings.ts';
import { meetings, todos } from '../../../db/schema/index.ts';

const t = useTestApp();

/** Counts the queries the app sends while `work` runs (both drivers go through `client.query`). */
async function countQueries(work: () => Promise<unknown>) {
  const client = (t.db as unknown as { session: { client: { query: (...a: unknown[]) => unknown } } }).session
    .client;
  const original = client.query;
  let n = 0;
  client.query = function (this: unknown, ...args: unknown[]) {
    n += 1;
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    client.query = original;
  }
  return n;
}

describe('the meeting history', () => {
  it('lists held and cancelled meetings and contacts newest first, each linking to its record', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const now = t.clock.now().getTime();
    const rows = await t.db
      .insert(meetings)
      .values([
        {
          tandemId: pair.id,
          status: 'held',
          startsAt: new Date(now - 20 * DAY),
          durationMinutes: 60,
          format: 'in_person',
        },
        {
          tandemId: pair.id,
          status: 'cancelled',
          startsAt: new Date(now - 10 * DAY),
          durationMinutes: 60,
          format: 'online',
        },
        {
          tandemId: pair.id,
          kind: 'contact',
          status: 'held',
          startsAt: new Date(now - 2 * DAY),
          durationMinutes: 15,
          format: 'email',
        },
        {
          tandemId: pair.id,
          status: 'planned',
          startsAt: new Date(now + 2 * DAY),
          durationMinutes: 60,
          format: 'phone',
        },
      ])
      .returning();
    const page = await pair.menteeBrowser.get(`/tandems/${pair.id}`);
    const visible = text(page.body);
    expect(visible).toContain('Bisherige Treffen und Kontakte, die neuesten zuerst (3)');
    expect(visible).toContain(
      'Datum Art Form Stand ' +
        '18.11.2026, 10:00 Uhr Kontakt Per E-Mail Stattgefunden ' +
        '10.11.2026, 10:00 Uhr Treffen Online Abgesagt ' +
        '31.10.2026, 10:00 Uhr Treffen In Präsenz Stattgefunden',
    );
    for (const row of rows.slice(0, 3))
      expect(page.body).toContain(`href="/tandems/${pair.id}/treffen/${row.id}"`);
  });

  it('stays one query each for a tandem with 100 meetings and 500 to-dos (no N+1)', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const url = `/tandems/${pair.id}`;
    const now = t.clock.now().getTime();
    // The baseline: one planned meeting (its agenda costs two queries), no history, no to-dos.
    await t.db
      .insert(meetings)
      .values({ tandemId: pair.id, startsAt: new Date(now + DAY), durationMinutes: 60, format: 'phone' });
    await pair.menteeBrowser.get(url);
    const baseline = await countQueries(() => pair.menteeBrowser.get(url));

    const inserted = await t.db
      .insert(meetings)
      .values(
        Array.from({ length: 99 }, (_, i) => ({
          tandemId: pair.id,
          kind: i % 10 === 0 ? ('contact' as const) : ('meeting' as const),
          status: i < 98 ? (i % 7 === 0 ? ('cancelled' as const) : ('held' as const)) : ('planned' as const),
          startsAt: new Date(now + (i - 97) * 7 * DAY + HOUR),
          durationMinutes: 60,
          format: 'online' as const,
          nextTopics: `Themen ${i}`,
        })),
      )
      .returning({ id: meetings.id });
    await t.db.insert(todos).values(
      Array.from({ length: 500 }, (_, i) => ({
        tandemId: pair.id,
        meetingId: inserted[i % 99]!.id,
        title: `Aufgabe ${i}`,
        owner: 'both' as const,
        doneAt: i % 2 === 0 ? t.clock.now() : null,
      })),
    );

    let page = await pair.menteeBrowser.get(url);
    const full = await countQueries(async () => {
      page = await pair.menteeBrowser.get(url);
    });
    expect(page.statusCode).toBe(200);
    expect(full).toBe(baseline);
    const visible = text(page.body);
    // The workspace is an overview: the latest ten meetings and the ten most urgent to-dos.
    expect(visible).toContain('Die letzten 10 von 98 Treffen und Kontakten, die neuesten zuerst');
    expect(visible).toContain('Die 10 dringendsten von 250 offenen Aufgaben:');
    expect(visible).toContain('Themen 97');
    expect((page.body.match(/<tr class="kern-table__row">/g) ?? []).length).toBe(11);
    expect(page.body).toContain(`href="/tandems/${pair.id}/verlauf"`);

    const all = await pair.menteeBrowser.get(`/tandems/${pair.id}/verlauf`);
    expect(all.statusCode).toBe(200);
    expect(text(all.body)).toContain('Bisherige Treffen und Kontakte, die neuesten zuerst (98)');
    expect((all.body.match(/<tr class="kern-table__row">/g) ?? []).length).toBe(99);
    const todoPage = text((await pair.menteeBrowser.get(`/tandems/${pair.id}/aufgaben`)).body);
    expect(todoPage).toContain('Aufgabe 499');
  });
});
