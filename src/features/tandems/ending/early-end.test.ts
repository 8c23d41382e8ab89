import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { linkIn, mailsTo } from '../../../../test/helpers/factories.ts';
import { createTandem, outsiders } from '../../../../test/support/tandems.ts';

const t = useTestApp();

const CONTACT = 'agentur@klimaschutz.de';
const mailsAbout = async (tandemId: string) =>
  (await mailsTo(t.db, CONTACT)).filter((m) => m.text.includes(tandemId));

describe('the reason of an early end, where the form promises it', () => {
  it('the partner and the ender read it on the workspace; the coordinators are told by mail and read it on their page', async () => {
    const pair = await createTandem(t, { status: 'active', mentor: { name: 'Moritz Mangelzeit' } });
    const reason = 'Mir fehlt leider die Zeit, seit ich die Abteilung leite.';
    const form = text((await pair.mentorBrowser.get(`/tandems/${pair.id}/ende`)).body);
    expect(form).toContain('Ihre Tandem-Partner*in und die Koordination sehen den Grund.');
    const ended = await pair.mentorBrowser.post(`/tandems/${pair.id}/ende`, {
      art: 'early',
      grund: reason,
      bestaetigt: 'ja',
    });
    expect(ended.statusCode).toBe(303);

    const partner = text((await pair.menteeBrowser.get(`/tandems/${pair.id}`)).body);
    expect(partner).toContain('Das Tandem wurde vorzeitig beendet.');
    expect(partner).toContain(`Grund von Moritz Mangelzeit ${reason}`);
    const ender = text((await pair.mentorBrowser.get(`/tandems/${pair.id}`)).body);
    expect(ender).toContain(`Ihr Grund ${reason}`);

    const [mail, ...more] = await mailsAbout(pair.id);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('Ein Tandem wurde vorzeitig beendet (Mentoring im Klimaschutzmanagement)');
    // No contents and no reason in the mail: it is read after signing in.
    expect(mail!.text).not.toContain(reason);
    expect(mail!.text).not.toContain('Moritz Mangelzeit');
    const path = linkIn(mail!.text, '/koordination/tandems/');
    expect(path).toBe(`/koordination/tandems/${pair.id}/ende`);

    const { coordinator, admin, participant } = await outsiders(t);
    const page = text((await coordinator.get(path)).body);
    expect(page).toContain(`Ende des Tandems ${pair.mentee.user.name} mit Moritz Mangelzeit`);
    expect(page).toContain('Beendet von Moritz Mangelzeit');
    expect(page).toContain(`Grund ${reason}`);
    const overview = (await coordinator.get('/koordination/tandems')).body;
    expect(overview).toContain(`href="${path}"`);
    const { coordinator: elsewhere } = await outsiders(t, 'klimaanpassung');
    expect((await elsewhere.get(path)).statusCode).toBe(404);
    expect((await admin.get(path)).statusCode).toBe(403);
    expect((await participant.get(path)).statusCode).toBe(403);
    expect((await pair.menteeBrowser.get(path)).statusCode).toBe(403);
  });

  it('a planned end mails no coordinator; a running tandem has no end page', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const { coordinator } = await outsiders(t);
    expect((await coordinator.get(`/koordination/tandems/${pair.id}/ende`)).statusCode).toBe(404);
    await pair.menteeBrowser.post(`/tandems/${pair.id}/ende`, { art: 'planned', bestaetigt: 'ja' });
    expect(await mailsAbout(pair.id)).toEqual([]);
    const page = text((await coordinator.get(`/koordination/tandems/${pair.id}/ende`)).body);
    expect(page).toContain('Art des Endes wie geplant');
    expect(page).not.toContain('Grund');
  });
});
