import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { text } from '../../../test/helpers/client.ts';
import { mailsTo } from '../../../test/helpers/factories.ts';
import { browserFor, proposalRow, proposedPair } from '../../../test/support/proposals.ts';

const t = useTestApp();

describe('a participant who pauses or withdraws', () => {
  it('ends their open proposals; the other person is told, and the page says why', async () => {
    const { mentee, mentor, id } = await proposedPair(t);
    const before = (await mailsTo(t.db, mentee.user.email)).length;
    const client = await browserFor(t, mentor.user);
    const res = await client.post(
      `/profil/teilnahme/${mentor.participation.id}/status`,
      { status: 'paused', reason: 'Elternzeit' },
      { tokenFrom: '/profil' },
    );
    expect(res.statusCode).toBe(303);
    expect((await proposalRow(t, id)).status).toBe('withdrawn');
    const mails = await mailsTo(t.db, mentee.user.email);
    expect(mails).toHaveLength(before + 1);
    expect(mails.map((m) => m.subject)).toContain('Ihr Matching-Vorschlag kommt nicht zustande');
    expect(mails.some((m) => m.text.includes('Elternzeit'))).toBe(false);

    const page = text((await (await browserFor(t, mentee.user)).get(`/vorschlaege/${id}`)).body);
    expect(page).toContain('Dieser Vorschlag wurde zurückgezogen');
    expect(page).not.toContain('Vorschlag annehmen');
  });
});
