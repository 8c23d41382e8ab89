import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { contentPages } from '../db/schema/index.ts';

/**
 * The privacy notice's version a person consents to (registering, or accepting an invitation): the
 * time the German Datenschutz page last changed.
 */
export async function privacyVersion(tx: Tx) {
  const [page] = await tx
    .select({ updatedAt: contentPages.updatedAt })
    .from(contentPages)
    .where(and(eq(contentPages.slug, 'datenschutz'), eq(contentPages.locale, 'de')));
  return page?.updatedAt.toISOString() ?? 'unbekannt';
}
