import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { TestClient, text } from '../../../test/helpers/client.ts';
import { linkIn, loginAs, mailsTo, PASSWORD } from '../../../test/helpers/factories.ts';
import { sampleRecords } from '../../../test/support/imports-sample.ts';
import { auditEvents, profiles, users } from '../../db/schema/index.ts';
import { findProgrammeBySlug, listActiveTopics } from '../programmes/index.ts';
import { suggestMapping } from './mapping.ts';
import { CONSENT_PENDING, INVITATION_TTL_MS, runImport } from './service.ts';
import { validateRows } from './validate.ts';

const t = useTestApp();

beforeAll(async () => {
  const programme = (await findProgrammeBySlug(t.db, 'klimaschutz'))!;
  const topics = await listActiveTopics(t.db, programme.id);
  const records = sampleRecords(2, { topics: topics.map((x) => x.label), domain: 'eingeladen.example' });
  const checked = validateRows(
    records.slice(1).map((cells, i) => ({ row: i + 2, cells })),
    suggestMapping(records[0]!),
    { topics, fundingOptions: programme.fundingOptions, currentYear: 2026 },
  );
  await runImport(t.app.deps, {
    programme,
    rows: checked.valid,
    invalid: { rows: 0, issues: [] },
    actorId: null,
    dryRun: false,
  });
});

async function invitationLink(email: string) {
  const [mail] = await mailsTo(t.db, email);
  expect(mail!.text).toContain('Der Link ist 14 Tage lang gültig');
  return linkIn(mail!.text, '/einladung');
}

describe('invitation of imported people', () => {
  it('sets the password and records the consent; then the person can sign in, and the link is used up', async () => {
    const url = await invitationLink('person1@eingeladen.example');
    const visitor = new TestClient(t.app, '10.1.2.3');
    const form = await visitor.get(url);
    expect(form.statusCode).toBe(200);
    expect(text(form.body)).toContain('Ihr Konto: person1@eingeladen.example');
    const token = new URL(url, 'http://localhost').searchParams.get('token')!;

    const noConsent = await visitor.post('/einladung', { token, password: PASSWORD }, { tokenFrom: url });
    expect(noConsent.statusCode).toBe(422);
    expect(text(noConsent.body)).toContain('Bitte bestätigen Sie die Datenschutzhinweise.');
    const weak = await visitor.post(
      '/einladung',
      { token, password: 'passwort', consent: 'ja' },
      { tokenFrom: url },
    );
    expect(weak.statusCode).toBe(422);

    const done = await visitor.post(
      '/einladung',
      { token, password: PASSWORD, consent: 'ja' },
      { tokenFrom: url },
    );
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/anmelden');
    const [user] = await t.db.select().from(users).where(eq(users.email, 'person1@eingeladen.example'));
    expect(user!.passwordHash).not.toBeNull();
    const [profile] = await t.db.select().from(profiles).where(eq(profiles.userId, user!.id));
    expect(profile!.consentVersion).not.toBe(CONSENT_PENDING);
    expect(profile!.consentAt.getTime()).toBe(t.clock.now().getTime());
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.userId, user!.id));
    expect(audit.map((a) => a.kind)).toEqual(['invitation_accepted']);

    const client = await loginAs(t, { email: 'person1@eingeladen.example', totpEnabledAt: null });
    expect(text((await client.get('/konto')).body)).toContain('person1@eingeladen.example');
    const again = await visitor.get(url);
    expect(again.statusCode).toBe(400);
    expect(text(again.body)).toContain('Der Einladungslink ist abgelaufen oder wurde schon verwendet.');
  });

  it('expires after 14 days', async () => {
    const url = await invitationLink('person2@eingeladen.example');
    t.clock.advance(INVITATION_TTL_MS + 1_000);
    const visitor = new TestClient(t.app, '10.1.2.4');
    expect((await visitor.get(url)).statusCode).toBe(400);
    const token = new URL(url, 'http://localhost').searchParams.get('token')!;
    const res = await visitor.post(
      '/einladung',
      { token, password: PASSWORD, consent: 'ja' },
      { tokenFrom: '/' },
    );
    expect(res.statusCode).toBe(400);
    const [user] = await t.db.select().from(users).where(eq(users.email, 'person2@eingeladen.example'));
    expect(user!.passwordHash).toBeNull();
  });

  it('answers an unknown link with a page that explains what to do', async () => {
    const res = await new TestClient(t.app, '10.1.2.5').get('/einladung?token=unbekannt');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="/passwort-vergessen"');
  });
});
