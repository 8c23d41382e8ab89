import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { mailsTo } from '../../../../test/helpers/factories.ts';
import { createTandem } from '../../../../test/support/tandems.ts';
import { goals, milestones } from '../../../db/schema/index.ts';
import { celebratedCount } from './queries.ts';

const t = useTestApp();

const SECRET = 'GEHEIM-meilenstein-7';

describe('goals and milestones', () => {
  it('are added, reached and celebrated; both get a congratulation without the title; the programme counts it', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const url = `/tandems/${pair.id}/ziele`;
    expect((await pair.menteeBrowser.post(url, { ziel_titel: 'Förderantrag stellen' })).statusCode).toBe(303);
    const [goal] = await t.db.select().from(goals);
    const added = await pair.mentorBrowser.post(`/tandems/${pair.id}/meilensteine`, {
      ziel: goal!.id,
      meilenstein_titel: `Antrag entworfen ${SECRET}`,
    });
    expect(added.statusCode).toBe(303);
    await pair.mentorBrowser.post(`/tandems/${pair.id}/meilensteine`, {
      ziel: goal!.id,
      meilenstein_titel: 'Antrag eingereicht',
    });
    const [first] = (await t.db.select().from(milestones)).filter((m) => m.title.includes(SECRET));

    expect(
      (await pair.menteeBrowser.post(`/tandems/${pair.id}/meilensteine/${first!.id}`, { erreicht: 'ja' }))
        .statusCode,
    ).toBe(303);
    let page = text((await pair.menteeBrowser.get(url)).body);
    expect(page).toContain('1 von 2 Meilensteinen erreicht');
    expect(page).toContain(`Erfolg feiern: Antrag entworfen ${SECRET}`);

    const before = await celebratedCount(t.db, pair.mentee.programme.id);
    const celebrated = await pair.menteeBrowser.post(`/tandems/${pair.id}/erfolge`, {
      art: 'meilenstein',
      id: first!.id,
    });
    expect(celebrated.statusCode).toBe(303);
    page = text((await pair.menteeBrowser.get(url)).body);
    expect(page).toContain('Herzlichen Glückwunsch! Sie beide haben eine Glückwunsch-E-Mail erhalten.');
    expect(page).toContain('erreicht und gefeiert');
    expect(await celebratedCount(t.db, pair.mentee.programme.id)).toBe(before + 1);
    for (const person of [pair.mentee, pair.mentor]) {
      const [mail] = await mailsTo(t.db, person.user.email);
      expect(mail!.subject).toBe('Herzlichen Glückwunsch: Ihr Tandem hat einen Erfolg erreicht');
      expect(JSON.stringify(mail)).not.toContain(SECRET);
    }
    // Celebrating twice sends nothing more.
    await pair.mentorBrowser.post(`/tandems/${pair.id}/erfolge`, { art: 'meilenstein', id: first!.id });
    expect(await mailsTo(t.db, pair.mentor.user.email)).toHaveLength(1);

    const workspace = text((await pair.mentorBrowser.get(`/tandems/${pair.id}`)).body);
    expect(workspace).toContain('Ziele und Meilensteine');
    expect(workspace).toContain('1 von 2 Meilensteinen erreicht');

    // Open again, and reached again: the programme's count stays, and there is no second celebration.
    const step = `/tandems/${pair.id}/meilensteine/${first!.id}`;
    expect((await pair.menteeBrowser.post(step, { erreicht: 'nein' })).statusCode).toBe(303);
    expect(await celebratedCount(t.db, pair.mentee.programme.id)).toBe(before + 1);
    expect(text((await pair.menteeBrowser.get(url)).body)).toContain('0 von 2 Meilensteinen erreicht');
    await pair.menteeBrowser.post(step, { erreicht: 'ja' });
    page = text((await pair.menteeBrowser.get(url)).body);
    expect(page).not.toContain(`Erfolg feiern: Antrag entworfen ${SECRET}`);
    expect(page).toContain('erreicht und gefeiert');
    await pair.menteeBrowser.post(`/tandems/${pair.id}/erfolge`, { art: 'meilenstein', id: first!.id });
    expect(await mailsTo(t.db, pair.mentee.user.email)).toHaveLength(1);
    expect(await celebratedCount(t.db, pair.mentee.programme.id)).toBe(before + 1);
  });

  it('answers a tampered “reached” form with a message that leads to the list of goals', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const [goal] = await t.db
      .insert(goals)
      .values({ tandemId: pair.id, title: 'Konzept beschließen' })
      .returning();
    const res = await pair.menteeBrowser.post(`/tandems/${pair.id}/ziele/${goal!.id}`, { erreicht: 'bald' });
    expect(res.statusCode).toBe(422);
    expect(text(res.body)).toContain('Diese Änderung an Ziel oder Meilenstein konnten wir nicht speichern.');
    expect(res.body).toContain('href="#feld-erreicht"');
    expect(res.body).toContain('id="feld-erreicht" tabindex="-1"');
    expect((await t.db.select().from(goals).where(eq(goals.id, goal!.id)))[0]!.reachedAt).toBeNull();
  });

  it('answers 422 in German for an empty title and 404 for another tandem’s milestone', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const other = await createTandem(t, { status: 'active' });
    const empty = await pair.menteeBrowser.post(`/tandems/${pair.id}/ziele`, { ziel_titel: '  ' });
    expect(empty.statusCode).toBe(422);
    expect(text(empty.body)).toContain('Bitte geben Sie einen Titel ein.');
    const [goal] = await t.db.insert(goals).values({ tandemId: other.id, title: 'Fremdes Ziel' }).returning();
    const [step] = await t.db
      .insert(milestones)
      .values({ goalId: goal!.id, tandemId: other.id, title: 'Fremder Meilenstein' })
      .returning();
    expect(
      (await pair.menteeBrowser.post(`/tandems/${pair.id}/meilensteine/${step!.id}`, { erreicht: 'ja' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await pair.menteeBrowser.post(`/tandems/${pair.id}/ziele/${goal!.id}`, { erreicht: 'ja' })).statusCode,
    ).toBe(404);
    await t.db.insert(goals).values({ tandemId: pair.id, title: 'Eigenes Ziel' });
    const foreign = await pair.menteeBrowser.post(`/tandems/${pair.id}/meilensteine`, {
      ziel: goal!.id,
      meilenstein_titel: 'Entwurf an die Kämmerei',
    });
    expect(foreign.statusCode).toBe(422);
    // What was typed is still there.
    expect(foreign.body).toContain('value="Entwurf an die Kämmerei"');
  });
});
