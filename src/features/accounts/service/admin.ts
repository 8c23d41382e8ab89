import { eq } from 'drizzle-orm';
import { programmeCoordinators, programmes, users } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { hashPassword } from '../../../platform/passwords.ts';
import { ok, refused } from '../../../platform/result.ts';
import { createSession, deleteAllSessions } from '../../../platform/session.ts';
import { accountMails } from '../mails.ts';
import { adminExists, findUserByEmail, type User } from '../queries.ts';
import { type AccountDeps, link, withMails } from './deps.ts';
import { consumeToken, HOUR, issueToken } from './tokens.ts';

/** On a start without an admin: a one-time link (valid one hour) to create the first one. */
export async function issueSetupLinkIfNoAdmin(deps: AccountDeps): Promise<string | null> {
  if (await adminExists(deps.database.db)) return null;
  const token = await issueToken(deps.database.db, {
    purpose: 'setup_admin',
    userId: null,
    ttlMs: HOUR,
    now: deps.clock(),
  });
  return link(deps, `/einrichtung?token=${token}`);
}

export async function completeSetup(
  deps: AccountDeps,
  input: { token: string; name: string; email: string; password: string; ip: string },
) {
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const row = await consumeToken(tx, 'setup_admin', input.token, now);
    if (!row) return refused('invalid-token');
    if (await findUserByEmail(tx, input.email)) {
      return refused('email-taken', { name: 'email', message: 'form.email.taken' });
    }
    const [admin] = await tx
      .insert(users)
      .values({
        name: input.name,
        email: input.email,
        passwordHash,
        role: 'admin',
        emailVerifiedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, {
      kind: 'admin_created',
      userId: admin!.id,
      ip: input.ip,
      details: { via: 'setup-link' },
      at: now,
    });
    return ok(await createSession(tx, admin!.id, 'full', now));
  });
}

/**
 * `cli create-admin --email`: makes the person an admin (creating the account if needed) and mails a
 * link to set the password. No password ever appears on the console.
 */
export async function createAdminByCli(deps: AccountDeps, email: string, name: string) {
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    let user: User | null | undefined = await findUserByEmail(tx, email);
    if (user) {
      [user] = await tx
        .update(users)
        .set({ role: 'admin', updatedAt: now })
        .where(eq(users.id, user.id))
        .returning();
      // A privilege change: the next login starts a new session with the new rights.
      await deleteAllSessions(tx, user!.id);
      await recordAudit(tx, {
        kind: 'role_changed',
        userId: user!.id,
        details: { role: 'admin', via: 'cli' },
        at: now,
      });
    } else {
      [user] = await tx
        .insert(users)
        .values({ name, email, role: 'admin', emailVerifiedAt: now, createdAt: now, updatedAt: now })
        .returning();
      await recordAudit(tx, { kind: 'admin_created', userId: user!.id, details: { via: 'cli' }, at: now });
    }
    const token = await issueToken(tx, {
      purpose: 'reset_password',
      userId: user!.id,
      ttlMs: 24 * HOUR,
      now,
    });
    const url = link(deps, `/passwort-vergessen/neu?token=${token}`);
    await mail(user!.email, user!.locale, accountMails.adminInvite(url));
    return { userId: user!.id, url };
  });
}

/** `cli grant-coordinator`: makes an existing account a coordinator of a programme. */
export async function grantCoordinator(deps: AccountDeps, email: string, programmeSlug: string) {
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, email);
    if (!user) return 'no-user' as const;
    const [programme] = await tx.select().from(programmes).where(eq(programmes.slug, programmeSlug));
    if (!programme) return 'no-programme' as const;
    await tx
      .insert(programmeCoordinators)
      .values({ programmeId: programme.id, userId: user.id })
      .onConflictDoNothing();
    // A privilege change: existing sessions end, the next login gets the new rights (and must enrol 2FA).
    await deleteAllSessions(tx, user.id);
    await recordAudit(tx, {
      kind: 'role_changed',
      userId: user.id,
      details: { coordinatorOf: programmeSlug, via: 'cli' },
      at: now,
    });
    return 'ok' as const;
  });
}
