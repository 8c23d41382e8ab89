import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { createTandem, outsiders } from '../../../../test/support/tandems.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('the tandem workspace', () => {
  it('shows each member the partner’s contact details and the tandem’s status', async () => {
    const pair = await createTandem(t);
    const mentee = await pair.menteeBrowser.get(`/tandems/${pair.id}`);
    expect(mentee.statusCode).toBe(200);
    const page = text(mentee.body);
    expect(page).toContain(`Tandem mit ${pair.mentor.user.name}`);
    expect(page).toContain(pair.mentor.user.email);
    expect(page).toContain('Ihre Rolle: Mentee · Stand: Kick-off steht aus');

    const mentor = await pair.mentorBrowser.get(`/tandems/${pair.id}`);
    expect(text(mentor.body)).toContain(`Tandem mit ${pair.mentee.user.name}`);
  });

  it('lists every tandem of a person who is mentor of two', async () => {
    const first = await createTandem(t);
    const mentee2 = await createTandem(t);
    // Re-point the second tandem's mentor at the first mentor: one mentor, two mentees.
    const { tandems } = await import('../../../db/schema/index.ts');
    const { eq } = await import('drizzle-orm');
    await t.db
      .update(tandems)
      .set({ mentorParticipationId: first.mentor.participation.id })
      .where(eq(tandems.id, mentee2.id));
    const list = text((await first.mentorBrowser.get('/tandems')).body);
    expect(list).toContain(`Tandem mit ${first.mentee.user.name}`);
    expect(list).toContain(`Tandem mit ${mentee2.mentee.user.name}`);
    expect(list).not.toContain(`Tandem mit ${mentee2.mentor.user.name}`);
  });

  it('answers 404 to a coordinator, an admin and another participant; the signed-out visitor goes to the login', async () => {
    const pair = await createTandem(t);
    const others = await outsiders(t);
    for (const browser of [others.coordinator, others.admin, others.participant]) {
      expect((await browser.get(`/tandems/${pair.id}`)).statusCode).toBe(404);
    }
    // Signed out: the login, then the page, for any id (a mail's link works; nothing is revealed).
    for (const id of [pair.id, '00000000-0000-4000-8000-000000000000']) {
      const anonymous = await t.app.inject({ url: `/tandems/${id}` });
      expect([anonymous.statusCode, anonymous.headers.location]).toEqual([
        303,
        `/anmelden?weiter=${encodeURIComponent(`/tandems/${id}`)}`,
      ]);
    }
    expect((await pair.menteeBrowser.get('/tandems/not-a-uuid')).statusCode).toBe(404);
  });
});
