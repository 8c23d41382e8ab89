import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { outbox } from '../../db/schema/index.ts';

/**
 * Whose mails the viewer shows: everyone's (development on one's own machine), or only the mails to
 * these addresses (demo mode: the seeded demo logins, ADR 0014).
 */
export type MailScope = { kind: 'all' } | { kind: 'only'; recipients: readonly string[] };

const inScope = (scope: MailScope) =>
  scope.kind === 'all'
    ? undefined
    : scope.recipients.length === 0
      ? sql`false`
      : inArray(
          sql`lower(${outbox.to})`,
          scope.recipients.map((r) => r.toLowerCase()),
        );

export const listMails = (db: Db, scope: MailScope) =>
  db
    .select({
      id: outbox.id,
      to: outbox.to,
      subject: outbox.subject,
      status: outbox.status,
      createdAt: outbox.createdAt,
    })
    .from(outbox)
    .where(inScope(scope))
    .orderBy(desc(outbox.createdAt))
    .limit(100);

export const findMail = async (db: Db, id: string, scope: MailScope) =>
  /^[0-9a-f-]{36}$/.test(id)
    ? ((
        await db
          .select()
          .from(outbox)
          .where(and(eq(outbox.id, id), inScope(scope)))
      )[0] ?? null)
    : null;

export type MailListItem = Awaited<ReturnType<typeof listMails>>[number];
export type MailRow = NonNullable<Awaited<ReturnType<typeof findMail>>>;
