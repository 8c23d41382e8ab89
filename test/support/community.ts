import { eq } from 'drizzle-orm';
import { communityThreads, programmes, topics } from '../../src/db/schema/index.ts';
import type { TestApp } from '../helpers/app.ts';
import type { TestClient } from '../helpers/client.ts';
import { createUser } from '../helpers/factories.ts';
import { createParticipant } from '../helpers/participants.ts';
import { accepted, browserFor } from './proposals.ts';

/** The topic list of a programme, in its order. */
export const topicsOf = async (t: TestApp, programmeId: string) =>
  (await t.db.select().from(topics).where(eq(topics.programmeId, programmeId))).sort(
    (a, b) => a.position - b.position,
  );

/** Switches the approval of new accounts' first posts on or off, for every programme. */
export const setApproval = (t: TestApp, on: boolean) =>
  t.db.update(programmes).set({ communityApproval: on });

/**
 * The people of the community's rules: an accepted mentee and mentor of klimaschutz (the mentor
 * offers the programme's topics 3–6), an accepted participant of klimaanpassung, someone
 * registered but not yet accepted, a coordinator of each programme and an admin. Their first posts
 * go straight through (the programmes' approval is off) unless `approval` asks for it.
 */
export async function communityPeople(t: TestApp, options: { approval?: boolean } = {}) {
  await setApproval(t, options.approval ?? false);
  const mentee = await accepted(t, 'mentee', { name: 'Maria Mentee' });
  const mentor = await accepted(t, 'mentor', { name: 'Jonas Mentor', capacity: 2 });
  const other = await accepted(t, 'mentee', { programme: 'klimaanpassung', name: 'Olga Anpassung' });
  const registered = await createParticipant(t.db, { status: 'registered' });
  const coordinator = await createUser(t.db, { kind: 'coordinator', name: 'Kai Koordination' });
  const otherCoordinator = await createUser(t.db, { kind: 'coordinator', coordinatorOf: 'klimaanpassung' });
  const admin = await createUser(t.db, { kind: 'admin' });
  return {
    programme: mentee.programme,
    topics: await topicsOf(t, mentee.programme.id),
    mentee: { ...mentee, browser: await browserFor(t, mentee.user) },
    mentor: { ...mentor, browser: await browserFor(t, mentor.user) },
    other: { ...other, browser: await browserFor(t, other.user) },
    registered: await browserFor(t, registered.user),
    coordinator: { user: coordinator, browser: await browserFor(t, coordinator) },
    otherCoordinator: await browserFor(t, otherCoordinator),
    admin: await browserFor(t, admin),
  };
}

/** Asks a question through the form; returns the new thread's id. */
export async function ask(
  t: TestApp,
  browser: TestClient,
  fields: { titel: string; text: string; themen?: string[]; art?: string },
  space = 'klimaschutz',
) {
  const res = await browser.post(`/austausch/bereiche/${space}/neu`, { art: 'frage', ...fields });
  if (res.statusCode !== 303) throw new Error(`asking failed: ${res.statusCode}`);
  const [thread] = await t.db.select().from(communityThreads).where(eq(communityThreads.title, fields.titel));
  return thread!.id;
}

/** Answers a thread through the form; returns the redirect's fragment (the answer's anchor). */
export async function answerThread(browser: TestClient, threadId: string, text: string) {
  const res = await browser.post(`/austausch/fragen/${threadId}/antworten`, { text });
  if (res.statusCode !== 303) throw new Error(`answering failed: ${res.statusCode}`);
  return String(res.headers.location).split('#beitrag-')[1]!;
}
