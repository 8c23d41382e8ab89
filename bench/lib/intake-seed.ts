import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.ts';
import {
  participations,
  profiles,
  programmeCoordinators,
  programmes,
  users,
} from '../../src/db/schema/index.ts';
import {
  BUNDESLAENDER,
  ORGANISATION_TYPES,
  type ParticipationStatus,
  SIZE_CLASSES,
} from '../../src/db/schema/registration.ts';
import { secretBox } from '../../src/platform/crypto.ts';
import { hashPassword } from '../../src/platform/passwords.ts';

export const PROGRAMME = 'klimaschutz';
export const BATCH = 1_000;

/** The coordinator who reads the list: second factor enrolled, as every coordinator must. */
export const COORDINATOR = {
  email: 'bench-koordination@example.org',
  name: 'Bench Koordination',
  password: 'Windraeder-hinter-dem-Deich-17',
  /** The TOTP key (base32), stored sealed with the server's SESSION_SECRET. */
  totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
};

/** Five statuses of the pipeline, spread evenly; 5 and 16 Bundesländer are coprime, so each pair occurs. */
export const SEEDED_STATUSES: ParticipationStatus[] = [
  'registered',
  'intake_scheduled',
  'intake_held',
  'accepted',
  'not_eligible',
];

const DAY_MS = 86_400_000;

/**
 * Before the server starts: migrates, then adds `count` participants of the programme (user, profile,
 * participation; 1,000 rows per insert, in one transaction), optionally ANALYZE, and the coordinator.
 * Returns the seconds the participants (and ANALYZE) took.
 */
export async function seedIntake(
  target: { dataDir?: string; databaseUrl?: string },
  sessionSecret: string,
  count: number,
  analyze: boolean,
): Promise<{ seconds: number; participants: number }> {
  const database = await openDatabase(target);
  try {
    await database.migrate();
    const db = database.db;
    const [programme] = await db
      .select({ id: programmes.id })
      .from(programmes)
      .where(eq(programmes.slug, PROGRAMME));
    if (!programme) throw new Error(`no programme ${PROGRAMME} after migrating`);
    const start = performance.now();
    const now = Date.now();
    await db.transaction(async (tx) => {
      for (let from = 0; from < count; from += BATCH) {
        const numbers = Array.from({ length: Math.min(BATCH, count - from) }, (_, k) => from + k + 1);
        const at = new Date(now);
        const created = await tx
          .insert(users)
          .values(
            numbers.map((i) => ({
              email: `bench-person-${i}@bench.example`,
              name: `Person ${i} Beispiel`,
              role: 'participant' as const,
              emailVerifiedAt: at,
              locale: 'de' as const,
            })),
          )
          .returning({ id: users.id });
        await tx.insert(profiles).values(
          created.map((u, k) => {
            const i = numbers[k]!;
            return {
              userId: u.id,
              organisationName: `Gemeinde Nr ${i}`,
              organisationType: ORGANISATION_TYPES[i % ORGANISATION_TYPES.length]!,
              bundesland: BUNDESLAENDER[i % BUNDESLAENDER.length]!,
              sizeClass: SIZE_CLASSES[i % SIZE_CLASSES.length]!,
              position: 'Klimaschutzmanagement',
              inRoleSince: 2015 + (i % 10),
              formats: ['online' as const],
              frequency: 'monatlich' as const,
              languages: ['de'],
              consentVersion: 'bench',
              consentAt: at,
            };
          }),
        );
        await tx.insert(participations).values(
          created.map((u, k) => {
            const i = numbers[k]!;
            const status = SEEDED_STATUSES[i % SEEDED_STATUSES.length]!;
            const mentor = i % 2 === 0;
            const createdAt = new Date(now - Math.floor(((i - 1) * 365 * DAY_MS) / count));
            const hadIntake = status !== 'registered';
            return {
              userId: u.id,
              programmeId: programme.id,
              role: mentor ? ('mentor' as const) : ('mentee' as const),
              status,
              capacity: mentor ? 1 + (i % 3) : null,
              intakeAt: hadIntake ? new Date(createdAt.getTime() + 7 * DAY_MS) : null,
              createdAt,
              updatedAt: createdAt,
            };
          }),
        );
      }
    });
    // PostgreSQL's autovacuum gathers planner statistics soon after such a bulk insert; PGlite (single
    // user, no autovacuum) never does, so there the list is measured as seeded unless asked otherwise.
    if (analyze) await database.execute('ANALYZE');
    const seconds = (performance.now() - start) / 1000;
    const [coordinator] = await db
      .insert(users)
      .values({
        email: COORDINATOR.email,
        name: COORDINATOR.name,
        passwordHash: await hashPassword(COORDINATOR.password),
        role: 'participant',
        emailVerifiedAt: new Date(),
        locale: 'de',
        totpSecret: secretBox(sessionSecret).seal(COORDINATOR.totpSecret),
        totpEnabledAt: new Date(),
      })
      .returning({ id: users.id });
    await db.insert(programmeCoordinators).values({ programmeId: programme.id, userId: coordinator!.id });
    return { seconds, participants: count };
  } finally {
    await database.close();
  }
}
