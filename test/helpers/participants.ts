import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { participations, profiles, programmes, topics } from '../../src/db/schema/index.ts';
import type { ParticipationStatus, Role } from '../../src/db/schema/registration.ts';
import { createUser, type UserOptions } from './factories.ts';

export interface ParticipantOptions extends UserOptions {
  programme?: 'klimaschutz' | 'klimaanpassung';
  role?: Role;
  status?: ParticipationStatus;
  organisationName?: string;
  bundesland?: (typeof profiles.$inferInsert)['bundesland'];
  createdAt?: Date;
}

/** A person with a profile and one participation, as if registered (and, optionally, further along). */
export async function createParticipant(db: Db, options: ParticipantOptions = {}) {
  const user = await createUser(db, options);
  const [programme] = await db
    .select()
    .from(programmes)
    .where(eq(programmes.slug, options.programme ?? 'klimaschutz'));
  const programmeTopics = await db.select().from(topics).where(eq(topics.programmeId, programme!.id));
  await db
    .insert(profiles)
    .values({
      userId: user.id,
      organisationName: options.organisationName ?? `Gemeinde ${user.name}`,
      organisationType: 'gemeinde',
      bundesland: options.bundesland ?? 'NW',
      sizeClass: '20000_50000',
      position: 'Klimaschutzmanager*in',
      inRoleSince: 2024,
      formats: ['online', 'telefon'],
      frequency: 'monatlich',
      languages: ['de'],
      consentVersion: '2026-01-01',
      consentAt: new Date('2026-01-01T00:00:00Z'),
    })
    .onConflictDoNothing();
  const role = options.role ?? 'mentee';
  const [participation] = await db
    .insert(participations)
    .values({
      userId: user.id,
      programmeId: programme!.id,
      role,
      status: options.status ?? 'registered',
      funding: 'Erstvorhaben',
      topicsNeeded: role === 'mentee' ? programmeTopics.slice(0, 3).map((t) => t.id) : [],
      topicsOffered: role === 'mentor' ? programmeTopics.slice(2, 6).map((t) => t.id) : [],
      goals: role === 'mentee' ? 'Ein Klimaschutzkonzept aufstellen' : '',
      capacity: role === 'mentor' ? 2 : null,
      createdAt: options.createdAt ?? new Date('2026-11-01T10:00:00Z'),
    })
    .returning();
  return { user, programme: programme!, participation: participation! };
}
