import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { outbox, programmeCoordinators, programmes, users } from '../../src/db/schema/index.ts';
import { currentTotp } from '../../src/features/accounts/index.ts';
import { secretBox } from '../../src/platform/crypto.ts';
import { hashPassword } from '../../src/platform/passwords.ts';
import type { TestApp } from './app.ts';
import { testConfig } from './app.ts';
import { TestClient } from './client.ts';

export const PASSWORD = 'Sonnenblumen-am-Rathaus-42';
export const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

let counter = 0;

export interface UserOptions {
  email?: string;
  name?: string;
  kind?: 'participant' | 'coordinator' | 'admin';
  verified?: boolean;
  totp?: boolean;
  locale?: 'de' | 'en';
  /** Coordinators: the programme they coordinate (klimaschutz unless told otherwise). */
  coordinatorOf?: 'klimaschutz' | 'klimaanpassung';
}

export async function createUser(db: Db, options: UserOptions = {}) {
  counter += 1;
  const kind = options.kind ?? 'participant';
  const totp = options.totp ?? kind !== 'participant';
  const [user] = await db
    .insert(users)
    .values({
      email: options.email ?? `person${counter}-${Date.now()}@example.org`,
      name: options.name ?? `Person ${counter}`,
      passwordHash: await hashPassword(PASSWORD),
      role: kind === 'admin' ? 'admin' : 'participant',
      emailVerifiedAt: options.verified === false ? null : new Date('2026-01-01T00:00:00Z'),
      locale: options.locale ?? 'de',
      totpSecret: totp ? secretBox(testConfig().sessionSecret).seal(TOTP_SECRET) : null,
      totpEnabledAt: totp ? new Date('2026-01-01T00:00:00Z') : null,
    })
    .returning();
  if (kind === 'coordinator') {
    const [programme] = await db
      .select()
      .from(programmes)
      .where(eq(programmes.slug, options.coordinatorOf ?? 'klimaschutz'));
    await db.insert(programmeCoordinators).values({ programmeId: programme!.id, userId: user!.id });
  }
  return user!;
}

/** Logs in through the real forms (password, then the TOTP code where enrolled). */
export async function loginAs(t: TestApp, user: { email: string; totpEnabledAt: Date | null }, ip?: string) {
  const client = new TestClient(t.app, ip);
  const res = await client.post(
    '/anmelden',
    { email: user.email, password: PASSWORD },
    { tokenFrom: '/anmelden' },
  );
  if (res.statusCode !== 303) throw new Error(`login failed: ${res.statusCode}`);
  if (user.totpEnabledAt) {
    // Each code may be used once: move the clock to a fresh time step.
    t.clock.advance(30_000);
    const code = currentTotp(TOTP_SECRET, t.clock.now());
    const mfa = await client.post('/anmelden/2fa', { code }, { tokenFrom: '/anmelden/2fa' });
    if (mfa.statusCode !== 303) throw new Error(`second factor failed: ${mfa.statusCode}`);
  }
  return client;
}

export const mailsTo = (db: Db, to: string) =>
  db.select().from(outbox).where(eq(outbox.to, to)).orderBy(desc(outbox.createdAt));

/** The first link in a mail's text that starts with the given path. */
export function linkIn(mailText: string, path: string): string {
  const match = new RegExp(`https?://[^\\s]*${path.replace(/[/?]/g, '\\$&')}[^\\s]*`).exec(mailText);
  if (!match) throw new Error(`no link to ${path} in mail`);
  const url = new URL(match[0]);
  return url.pathname + url.search;
}
