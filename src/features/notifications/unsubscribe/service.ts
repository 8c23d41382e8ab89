import { eq } from 'drizzle-orm';
import { communityPreferences, users } from '../../../db/schema/index.ts';
import type { ServiceDeps } from '../../../mail/with-mails.ts';

/**
 * Switches off every mail of the community area for the person a verified token names (mail
 * frequency "never"; the in-app list stays). One transaction; false when the account is gone.
 */
export async function unsubscribe(deps: Pick<ServiceDeps, 'database'>, userId: string): Promise<boolean> {
  return deps.database.db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!user) return false;
    await tx
      .insert(communityPreferences)
      .values({ userId, mail: 'never' })
      .onConflictDoUpdate({ target: communityPreferences.userId, set: { mail: 'never' } });
    return true;
  });
}
