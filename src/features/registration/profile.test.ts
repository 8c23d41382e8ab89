import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { text } from '../../../test/helpers/client.ts';
import { loginAs } from '../../../test/helpers/factories.ts';
import { createParticipant } from '../../../test/helpers/participants.ts';
import { participationEvents, participations, profiles } from '../../db/schema/index.ts';

const t = useTestApp();

describe('own profile', () => {
  it('shows the person’s own participations only, and offers to become a mentor', async () => {
    const me = await createParticipant(t.db, {
      name: 'Maria Mentee',
      organisationName: 'Gemeinde Eigenheim',
    });
    await createParticipant(t.db, { name: 'Otto Other', organisationName: 'Stadt Fremdhausen' });
    const client = await loginAs(t, me.user);
    const page = await client.get('/profil');
    const body = text(page.body);
    expect(body).toContain('Gemeinde Eigenheim');
    expect(body).not.toContain('Fremdhausen');
    expect(body).toContain('Mentoring im Klimaschutzmanagement');
    expect(page.body).toContain('href="/registrierung?programm=klimaschutz&amp;rolle=mentor"');
  });

  it('answers 404 for someone else’s participation', async () => {
    const me = await createParticipant(t.db);
    const other = await createParticipant(t.db);
    const client = await loginAs(t, me.user);
    expect((await client.get(`/profil/teilnahme/${other.participation.id}`)).statusCode).toBe(404);
    const res = await client.post(
      `/profil/teilnahme/${other.participation.id}/status`,
      { status: 'withdrawn' },
      { tokenFrom: '/profil' },
    );
    expect(res.statusCode).toBe(404);
    const [row] = await t.db
      .select()
      .from(participations)
      .where(eq(participations.id, other.participation.id));
    expect(row?.status).toBe('registered');
  });

  it('pauses with a reason, resumes to the status before, and withdraws; each change is in the history', async () => {
    const me = await createParticipant(t.db, { status: 'accepted' });
    const client = await loginAs(t, me.user);
    const id = me.participation.id;
    await client.post(
      `/profil/teilnahme/${id}/status`,
      { status: 'paused', reason: 'Elternzeit' },
      { tokenFrom: '/profil' },
    );
    expect(text((await client.get('/profil')).body)).toContain('Ihre Teilnahme ist pausiert.');
    let [row] = await t.db.select().from(participations).where(eq(participations.id, id));
    expect(row?.status).toBe('paused');
    expect(row?.statusReason).toBe('Elternzeit');

    await client.post(`/profil/teilnahme/${id}/status`, { status: 'resume' }, { tokenFrom: '/profil' });
    [row] = await t.db.select().from(participations).where(eq(participations.id, id));
    expect(row?.status).toBe('accepted');

    await client.post(`/profil/teilnahme/${id}/status`, { status: 'withdrawn' }, { tokenFrom: '/profil' });
    [row] = await t.db.select().from(participations).where(eq(participations.id, id));
    expect(row?.status).toBe('withdrawn');
    const events = await t.db
      .select()
      .from(participationEvents)
      .where(eq(participationEvents.participationId, id));
    expect(events.map((e) => `${e.fromStatus}→${e.toStatus}`)).toEqual([
      'accepted→paused',
      'paused→accepted',
      'accepted→withdrawn',
    ]);
  });

  it('edits the details with validation, keeping what was typed', async () => {
    const me = await createParticipant(t.db, { name: 'Erika Edit' });
    const client = await loginAs(t, me.user);
    const form = await client.get('/profil/angaben');
    expect(form.body).toContain('value="Gemeinde Erika Edit"');
    const fields = {
      name: 'Erika Edit',
      phone: '',
      organisationName: 'Stadt Neuort',
      organisationType: 'stadt',
      bundesland: 'HE',
      sizeClass: '5000_20000',
      position: 'Klimaschutzmanagerin',
      inRoleSince: '1900',
      formats: 'online',
      frequency: 'monatlich',
      languages: 'de',
      availability: '',
    };
    const bad = await client.post('/profil/angaben', fields, { tokenFrom: '/profil/angaben' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('value="Stadt Neuort"');
    const ok = await client.post(
      '/profil/angaben',
      { ...fields, inRoleSince: '2023' },
      { tokenFrom: '/profil/angaben' },
    );
    expect(ok.statusCode).toBe(303);
    const [profile] = await t.db.select().from(profiles).where(eq(profiles.userId, me.user.id));
    expect(profile?.organisationName).toBe('Stadt Neuort');
    expect(profile?.bundesland).toBe('HE');
  });
});
