import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { contentPages } from '../../db/schema/index.ts';
import type { Locale } from '../../i18n/index.ts';

export const PAGE_SLUGS = ['impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache'] as const;
export type PageSlug = (typeof PAGE_SLUGS)[number];
export const isPageSlug = (s: string): s is PageSlug => (PAGE_SLUGS as readonly string[]).includes(s);

/** The page in the wanted language, falling back to German. */
export async function findPage(db: Db, slug: PageSlug, locale: Locale) {
  const rows = await db.select().from(contentPages).where(eq(contentPages.slug, slug));
  return rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === 'de') ?? null;
}

export const findPageExact = async (db: Db, slug: PageSlug, locale: Locale) =>
  (
    await db
      .select()
      .from(contentPages)
      .where(and(eq(contentPages.slug, slug), eq(contentPages.locale, locale)))
  )[0] ?? null;

export const listPages = (db: Db) =>
  db.select().from(contentPages).orderBy(asc(contentPages.slug), asc(contentPages.locale));
