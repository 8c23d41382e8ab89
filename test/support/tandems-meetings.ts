import { eq } from 'drizzle-orm';
import { meetings, todos } from '../../src/db/schema/index.ts';
import type { TestApp } from '../helpers/app.ts';
import type { TestClient } from '../helpers/client.ts';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The planning form's fields, for a meeting on 3 December 2026 at 14:30 German time (13:30Z). */
export const planFields = (over: Record<string, string> = {}) => ({
  datum: '2026-12-03',
  uhrzeit: '14:30',
  dauer: '60',
  format: 'online',
  ort: 'https://konferenz.example/raum-7',
  ...over,
});

/** Plans a meeting through the form and returns its id (from the redirect). */
export async function planVia(client: TestClient, tandemId: string, over: Record<string, string> = {}) {
  const res = await client.post(`/tandems/${tandemId}/treffen`, planFields(over));
  if (res.statusCode !== 303) throw new Error(`planning failed: ${res.statusCode}`);
  const location = String(res.headers.location);
  return location.slice(location.lastIndexOf('/') + 1);
}

/** A meeting written directly (e.g. one in the past, to record it). */
export async function insertMeeting(
  t: TestApp,
  tandemId: string,
  over: Partial<typeof meetings.$inferInsert> = {},
) {
  const [row] = await t.db
    .insert(meetings)
    .values({
      tandemId,
      startsAt: new Date(t.clock.now().getTime() - 2 * HOUR),
      durationMinutes: 60,
      format: 'in_person',
      location: 'Rathaus, Raum 2',
      ...over,
    })
    .returning();
  return row!;
}

export async function meetingRow(t: TestApp, id: string) {
  const [row] = await t.db.select().from(meetings).where(eq(meetings.id, id));
  return row!;
}

export const todosOf = (t: TestApp, tandemId: string) =>
  t.db.select().from(todos).where(eq(todos.tandemId, tandemId));

/** A POST as htmx sends it: the form's fields (CSRF token included) and the HX-Request header. */
export async function htmxPost(t: TestApp, client: TestClient, url: string, fields: Record<string, string>) {
  const token = await client.token('/tandems');
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie,
      'content-type': 'application/x-www-form-urlencoded',
      'hx-request': 'true',
      accept: 'text/html',
    },
    payload: new URLSearchParams({ ...fields, _csrf: token }).toString(),
  });
}
