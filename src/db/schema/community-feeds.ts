import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  customType,
  index,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { communityPosts, communityThreads, SEARCH_KINDS } from './community.ts';
import { communityTips, libraryItems } from './community-knowledge.ts';
import { programmes } from './programmes.ts';

/*
 * What the community area's texts feed: the notification list and the search index, apart from the
 * texts' own tables (community.ts, community-knowledge.ts), so that those need not know each other.
 */

const at = (name: string) => timestamp(name, { withTimezone: true });
const created = () => at('created_at').notNull().defaultNow();
const programmeRef = () => uuid('programme_id').references(() => programmes.id, { onDelete: 'cascade' });
const authorRef = (name: string) => uuid(name).references(() => users.id, { onDelete: 'set null' });
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The in-app notification list; mails and digests are written from it. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** answer, comment, solution, mention, expert_question, …: the catalogue says the sentence. */
    kind: text('kind').notNull(),
    threadId: uuid('thread_id').references(() => communityThreads.id, { onDelete: 'cascade' }),
    postId: uuid('post_id').references(() => communityPosts.id, { onDelete: 'cascade' }),
    tipId: uuid('tip_id').references((): AnyPgColumn => communityTips.id, { onDelete: 'cascade' }),
    actorId: authorRef('actor_id'),
    /** A moderator's or reviewer's reason, told to the author. */
    note: text('note').notNull().default(''),
    readAt: at('read_at'),
    mailedAt: at('mailed_at'),
    createdAt: created(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

/**
 * The search index of the community area: one row per searchable text, written by the community's
 * services only. A tandem's tables have no path into it.
 */
export const communitySearch = pgTable(
  'community_search',
  {
    /** The source's id: a thread, a post for an answer, a Praxistipp or a library item. */
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: SEARCH_KINDS }).notNull(),
    programmeId: programmeRef(),
    threadId: uuid('thread_id').references(() => communityThreads.id, { onDelete: 'cascade' }),
    tipId: uuid('tip_id').references((): AnyPgColumn => communityTips.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id').references((): AnyPgColumn => libraryItems.id, { onDelete: 'cascade' }),
    /** Library items for mentors only are found by mentors, coordinators and admins. */
    mentorsOnly: boolean('mentors_only').notNull().default(false),
    title: text('title').notNull(),
    body: text('body').notNull(),
    topicIds: uuid('topic_ids').array().notNull().default(sql`'{}'::uuid[]`),
    visible: boolean('visible').notNull().default(true),
    vector: tsvector('vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('german'::regconfig, "title"), 'A') || setweight(to_tsvector('german'::regconfig, "body"), 'D')`,
    ),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('community_search_vector_idx').using('gin', t.vector)],
);

/** Every word stem the index holds, for finding parts of German compounds (see search.ts). */
export const communityLexemes = pgTable('community_lexemes', { lexeme: text('lexeme').primaryKey() }, (t) => [
  index('community_lexemes_trgm_idx').using('gin', sql`${t.lexeme} gin_trgm_ops`),
  // Exact look-ups of compound parts (`lexeme collate "C" in (…)`): the trigram index also answers `=`
  // and the planner prefers it, at a millisecond a part; this btree takes none of its queries.
  index('community_lexemes_exact_idx').on(sql`${t.lexeme} collate "C"`),
]);
