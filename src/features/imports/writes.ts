import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import type { Role } from '../../db/schema/registration.ts';
import { renderMail } from '../../mail/render.tsx';
import { link, type ServiceDeps } from '../../mail/with-mails.ts';
import { hashToken, randomToken } from '../../platform/tokens.ts';
import type { Programme } from '../programmes/index.ts';
import { insertRows, onConflictUpdate } from './batch.ts';
import { importMails } from './mails.ts';
import type { Existing } from './plan.ts';
import type { ImportRow } from './validate.ts';

/** The writes of one import, each a few batched statements; all run in the import's transaction. */

/** Imported profiles carry this until the person confirms the privacy notice (the column is NOT NULL). */
export const CONSENT_PENDING = 'ausstehend';
export const INVITATION_TTL_MS = 14 * 24 * 60 * 60_000;

/** New accounts without password; the agency has been writing to the address, so it counts as verified. */
export async function createUsers(tx: Tx, rows: ImportRow[], now: Date) {
  const at = now.toISOString();
  const inserted = await insertRows<{ id: string; email: string }>(
    tx,
    'users',
    {
      email: 'text',
      name: 'text',
      email_verified_at: 'timestamptz',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    rows.map((r) => ({
      email: r.email,
      name: r.name,
      email_verified_at: at,
      created_at: at,
      updated_at: at,
    })),
    sql`returning id, email`,
  );
  return new Map(inserted.map((u) => [u.email, u.id]));
}

/** People who never signed in keep the agency's spelling of their name; the others manage their own. */
export async function renameUnactivated(tx: Tx, rows: ImportRow[], existing: Existing, now: Date) {
  for (const row of rows) {
    const user = existing.users.get(row.email)!;
    if (!user.activated && user.name !== row.name) {
      await tx.update(users).set({ name: row.name, updatedAt: now }).where(eq(users.id, user.id));
    }
  }
}

const profileColumns = {
  user_id: 'uuid',
  phone: 'text',
  organisation_name: 'text',
  organisation_type: 'text',
  bundesland: 'text',
  size_class: 'text',
  position: 'text',
  in_role_since: 'integer',
  formats: 'text[]',
  frequency: 'text',
  languages: 'text[]',
  availability: 'text',
  consent_version: 'text',
  consent_at: 'timestamptz',
  updated_at: 'timestamptz',
};

/** A cell left empty keeps what a profile has; a new profile gets neutral values where the list has none. */
export async function upsertProfiles(
  tx: Tx,
  rows: ImportRow[],
  userIdOf: (email: string) => string,
  existing: Existing,
  now: Date,
) {
  const at = now.toISOString();
  const values = rows.map((r) => {
    const user_id = userIdOf(r.email);
    const p = existing.profiles.get(user_id);
    // planImport made sure that a new profile has Bundesland, size class and year.
    return {
      user_id,
      phone: r.phone ?? p?.phone ?? '',
      organisation_name: r.organisationName,
      organisation_type: r.organisationType ?? p?.organisationType ?? 'sonstige',
      bundesland: r.bundesland ?? p?.bundesland,
      size_class: r.sizeClass ?? p?.sizeClass,
      position: r.position ?? p?.position ?? '',
      in_role_since: r.inRoleSince ?? p?.inRoleSince,
      formats: p?.formats ?? [],
      frequency: p?.frequency ?? 'nach_bedarf',
      languages: r.languages ?? p?.languages ?? ['de'],
      availability: p?.availability ?? '',
      consent_version: p?.consentVersion ?? CONSENT_PENDING,
      consent_at: p?.consentAt.toISOString() ?? at,
      updated_at: at,
    };
  });
  // Consent is not among the updated columns: only the person can give it.
  const updated = Object.keys(profileColumns).filter(
    (c) => !['user_id', 'formats', 'frequency', 'availability', 'consent_version', 'consent_at'].includes(c),
  );
  await insertRows(tx, 'profiles', profileColumns, values, onConflictUpdate(['user_id'], updated));
}

/** One participation per role; an existing one (person, programme, role) is updated, never doubled. */
export async function upsertParticipations(
  tx: Tx,
  input: { programmeId: string; actorId: string | null },
  rows: ImportRow[],
  userIdOf: (email: string) => string,
  existing: Existing,
  now: Date,
) {
  const at = now.toISOString();
  const values = rows.flatMap((r) =>
    r.roles.map((role) => {
      const user_id = userIdOf(r.email);
      const p = existing.participations.get(`${user_id}:${role}`);
      const topics = (own: Role, current: string[] | undefined) =>
        role === own ? (r.topicIds ?? current ?? []) : (current ?? []);
      return {
        user_id,
        programme_id: input.programmeId,
        role,
        status: 'registered',
        funding: r.funding ?? p?.funding ?? '',
        topics_needed: topics('mentee', p?.topicsNeeded),
        topics_offered: topics('mentor', p?.topicsOffered),
        capacity: role === 'mentor' ? (r.capacity ?? p?.capacity ?? null) : (p?.capacity ?? null),
        imported_at: at,
        created_at: at,
        updated_at: at,
      };
    }),
  );
  const written = await insertRows<{ id: string; user_id: string; role: Role }>(
    tx,
    'participations',
    {
      user_id: 'uuid',
      programme_id: 'uuid',
      role: 'text',
      status: 'text',
      funding: 'text',
      topics_needed: 'uuid[]',
      topics_offered: 'uuid[]',
      capacity: 'integer',
      imported_at: 'timestamptz',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    values,
    // Status, history and the first import's time stay as they are.
    sql`${onConflictUpdate(['user_id', 'programme_id', 'role'], ['funding', 'topics_needed', 'topics_offered', 'capacity', 'updated_at'])} returning id, user_id, role`,
  );
  const fresh = written.filter((w) => !existing.participations.has(`${w.user_id}:${w.role}`));
  await insertRows(
    tx,
    'participation_events',
    { participation_id: 'uuid', from_status: 'text', to_status: 'text', actor_id: 'uuid', at: 'timestamptz' },
    fresh.map((w) => ({
      participation_id: w.id,
      from_status: null,
      to_status: 'registered',
      actor_id: input.actorId,
      at,
    })),
  );
}

/** A single-use link (14 days) for each new person, and the mail with it, in the same transaction. */
export async function invite(
  deps: Pick<ServiceDeps, 'config'>,
  tx: Tx,
  programme: Programme,
  rows: ImportRow[],
  created: Map<string, string>,
  now: Date,
) {
  const at = now.toISOString();
  const expires = new Date(now.getTime() + INVITATION_TTL_MS).toISOString();
  const links = rows.map((r) => ({ r, userId: created.get(r.email)!, token: randomToken() }));
  await insertRows(
    tx,
    'tokens',
    {
      purpose: 'text',
      token_hash: 'text',
      user_id: 'uuid',
      expires_at: 'timestamptz',
      created_at: 'timestamptz',
    },
    links.map((l) => ({
      purpose: 'invite',
      token_hash: hashToken(l.token),
      user_id: l.userId,
      expires_at: expires,
      created_at: at,
    })),
  );
  const mails = links.map(({ r, token }) => {
    const content = importMails.invitation(r.name, programme, link(deps, `/einladung?token=${token}`));
    const rendered = renderMail('de', content);
    return { to: r.email, locale: 'de', template: content.template, ...rendered, created_at: at };
  });
  const inserted = await insertRows<{ id: string }>(
    tx,
    'outbox',
    {
      to: 'text',
      locale: 'text',
      template: 'text',
      subject: 'text',
      text: 'text',
      html: 'text',
      created_at: 'timestamptz',
    },
    mails,
    sql`returning id`,
    // Each mail carries its text and HTML: smaller statements.
    500,
  );
  return inserted.map((m) => m.id);
}
