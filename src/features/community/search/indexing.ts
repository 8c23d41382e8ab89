import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { communityLexemes, communitySearch, type SearchKind } from '../../../db/schema/index.ts';
import { plainText } from '../text.ts';

export interface SearchDocument {
  /** The thread's id for its title and opening text, the post's id for an answer, a tip's or item's id. */
  id: string;
  kind: SearchKind;
  programmeId: string | null;
  /** Exactly one of these names where the text lives: a thread (questions, discussions, answers), a tip, an item. */
  threadId?: string;
  tipId?: string;
  itemId?: string;
  /** Empty for answers: they are found by their own words, shown under their thread's title. */
  title: string;
  markdown: string;
  topicIds: string[];
  visible: boolean;
  /** A library item for mentors only. */
  mentorsOnly?: boolean;
}

/**
 * Writes a text of the community area into its search index and adds its word stems to the
 * vocabulary compound words are split with. Only the community's services call this: nothing of
 * a tandem can reach the index.
 */
export async function indexDocument(tx: Tx, doc: SearchDocument, at: Date) {
  const row = {
    kind: doc.kind,
    programmeId: doc.programmeId,
    threadId: doc.threadId ?? null,
    tipId: doc.tipId ?? null,
    itemId: doc.itemId ?? null,
    mentorsOnly: doc.mentorsOnly ?? false,
    title: doc.title,
    body: plainText(doc.markdown),
    topicIds: doc.topicIds,
    visible: doc.visible,
    updatedAt: at,
  };
  await tx
    .insert(communitySearch)
    .values({ id: doc.id, ...row })
    .onConflictDoUpdate({ target: communitySearch.id, set: row });
  await tx.execute(sql`
    insert into ${communityLexemes} (lexeme)
    select distinct unnest(tsvector_to_array(${communitySearch.vector})) from ${communitySearch}
    where ${communitySearch.id} = ${doc.id}
    on conflict do nothing`);
}

/** Hides a text from the search (a moderator hid it) or shows it again. */
export async function setSearchVisible(tx: Tx, id: string, visible: boolean) {
  await tx.update(communitySearch).set({ visible }).where(eq(communitySearch.id, id));
}
