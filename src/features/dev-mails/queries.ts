import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { outbox } from '../../db/schema/index.ts';

export const listMails = (db: Db) =>
  db
    .select({
      id: outbox.id,
      to: outbox.to,
      subject: outbox.subject,
      status: outbox.status,
      createdAt: outbox.createdAt,
    })
    .from(outbox)
    .orderBy(desc(outbox.createdAt))
    .limit(100);

export const findMail = async (db: Db, id: string) =>
  /^[0-9a-f-]{36}$/.test(id) ? ((await db.select().from(outbox).where(eq(outbox.id, id)))[0] ?? null) : null;

export type MailListItem = Awaited<ReturnType<typeof listMails>>[number];
export type MailRow = NonNullable<Awaited<ReturnType<typeof findMail>>>;
