import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { programmes } from '../../db/schema/index.ts';

export const listProgrammes = (db: Db) =>
  db
    .select({
      slug: programmes.slug,
      name: programmes.name,
      agency: programmes.agency,
      description: programmes.description,
      contactEmail: programmes.contactEmail,
    })
    .from(programmes)
    .orderBy(asc(programmes.createdAt), asc(programmes.slug));

export type ProgrammeSummary = Awaited<ReturnType<typeof listProgrammes>>[number];
