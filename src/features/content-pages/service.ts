import type { Db } from '../../db/client.ts';
import { contentPages } from '../../db/schema/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { PageSlug } from './queries.ts';

export async function savePage(
  db: Db,
  input: { slug: PageSlug; locale: Locale; title: string; body: string; userId: string; now: Date },
) {
  await db
    .insert(contentPages)
    .values({
      slug: input.slug,
      locale: input.locale,
      title: input.title,
      body: input.body,
      updatedAt: input.now,
      updatedBy: input.userId,
    })
    .onConflictDoUpdate({
      target: [contentPages.slug, contentPages.locale],
      set: { title: input.title, body: input.body, updatedAt: input.now, updatedBy: input.userId },
    });
}
