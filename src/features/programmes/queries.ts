import { and, asc, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { programmeCoordinators, programmes, topics, users } from '../../db/schema/index.ts';

export type Topic = typeof topics.$inferSelect;

export const listAllProgrammes = (db: Db) => db.select().from(programmes).orderBy(asc(programmes.slug));

/** The topics people can choose now, in the coordinators' order. */
export const listActiveTopics = (db: Db | Tx, programmeId: string) =>
  db
    .select()
    .from(topics)
    .where(and(eq(topics.programmeId, programmeId), isNull(topics.archivedAt)))
    .orderBy(asc(topics.position), asc(topics.label));

/** All topics of a programme, archived ones too (to show what older registrations chose). */
export const listAllTopics = (db: Db | Tx, programmeId: string) =>
  db
    .select()
    .from(topics)
    .where(eq(topics.programmeId, programmeId))
    .orderBy(asc(topics.position), asc(topics.label));

export const topicsByIds = async (db: Db | Tx, ids: string[]) =>
  ids.length === 0 ? [] : db.select().from(topics).where(inArray(topics.id, ids));

/** A topic of this programme, or null (also for an id that is not a uuid). */
export const findTopic = async (db: Db | Tx, programmeId: string, id: string) =>
  /^[0-9a-f-]{36}$/i.test(id)
    ? ((
        await db
          .select()
          .from(topics)
          .where(and(eq(topics.programmeId, programmeId), eq(topics.id, id)))
      )[0] ?? null)
    : null;

/** Archived topics, most recently archived first. */
export const listArchivedTopics = (db: Db | Tx, programmeId: string) =>
  db
    .select()
    .from(topics)
    .where(and(eq(topics.programmeId, programmeId), isNotNull(topics.archivedAt)))
    .orderBy(desc(topics.archivedAt), asc(topics.label));

/** The programme's coordinators with name and e-mail address (shown to admins only). */
export const listCoordinators = (db: Db | Tx, programmeId: string) =>
  db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(programmeCoordinators)
    .innerJoin(users, eq(users.id, programmeCoordinators.userId))
    .where(eq(programmeCoordinators.programmeId, programmeId))
    .orderBy(asc(users.name), asc(users.email));
