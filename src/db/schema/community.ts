import {
  type AnyPgColumn,
  boolean,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { programmes, topics } from './programmes.ts';

/*
 * Austausch und Wissen, the community area. Its tables hold only what people post here: nothing of
 * a tandem's record is ever copied into them, so nothing of it can reach a community page or its
 * search (ADR 0019). A space is a programme (programme_id) or the shared space of all (null).
 */

export const THREAD_KINDS = ['question', 'discussion'] as const;
/** pending: a new account's first posts wait for a moderator; hidden: a moderator took it down. */
export const POST_STATES = ['visible', 'pending', 'hidden'] as const;
export const MAIL_FREQUENCIES = ['immediate', 'daily', 'weekly', 'never'] as const;
export const EXPERT_QUESTIONS = ['on', 'weekly', 'off'] as const;
export const SEARCH_KINDS = ['question', 'discussion', 'answer', 'tip', 'library'] as const;
export const REPORT_REASONS = ['spam', 'offensive', 'confidential', 'off_topic', 'other'] as const;
export const REPORT_RESOLUTIONS = ['hidden', 'edited', 'kept'] as const;

export type ThreadKind = (typeof THREAD_KINDS)[number];
export type PostState = (typeof POST_STATES)[number];
export type MailFrequency = (typeof MAIL_FREQUENCIES)[number];
export type ExpertQuestions = (typeof EXPERT_QUESTIONS)[number];
export type SearchKind = (typeof SEARCH_KINDS)[number];
export type ReportReason = (typeof REPORT_REASONS)[number];
export type ReportResolution = (typeof REPORT_RESOLUTIONS)[number];

const at = (name: string) => timestamp(name, { withTimezone: true });
const created = () => at('created_at').notNull().defaultNow();
const programmeRef = () => uuid('programme_id').references(() => programmes.id, { onDelete: 'cascade' });
/** Authors stay nullable: a deleted account's posts may stay, anonymised. */
const authorRef = (name = 'author_id') => uuid(name).references(() => users.id, { onDelete: 'set null' });

/** A question or discussion in a space; its text is the opening post. */
export const communityThreads = pgTable(
  'community_threads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: programmeRef(),
    kind: text('kind', { enum: THREAD_KINDS }).notNull(),
    title: text('title').notNull(),
    authorId: authorRef(),
    state: text('state', { enum: POST_STATES }).notNull().default('visible'),
    solutionPostId: uuid('solution_post_id').references((): AnyPgColumn => communityPosts.id, {
      onDelete: 'set null',
    }),
    lockedAt: at('locked_at'),
    lastActivityAt: at('last_activity_at').notNull().defaultNow(),
    createdAt: created(),
  },
  (t) => [index('community_threads_space_activity_idx').on(t.programmeId, t.lastActivityAt)],
);

/** The opening text of a thread, an answer (no parent) or a comment on an answer (parent). */
export const communityPosts = pgTable(
  'community_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => communityThreads.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => communityPosts.id, { onDelete: 'cascade' }),
    opening: boolean('opening').notNull().default(false),
    authorId: authorRef(),
    body: text('body').notNull(),
    state: text('state', { enum: POST_STATES }).notNull().default('visible'),
    editedAt: at('edited_at'),
    createdAt: created(),
  },
  (t) => [index('community_posts_thread_idx').on(t.threadId, t.createdAt)],
);

/** What a post said before each edit; moderators read the history. */
export const communityRevisions = pgTable('community_revisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  postId: uuid('post_id')
    .notNull()
    .references(() => communityPosts.id, { onDelete: 'cascade' }),
  title: text('title'),
  body: text('body').notNull(),
  editorId: authorRef('editor_id'),
  note: text('note').notNull().default(''),
  createdAt: created(),
});

export const communityThreadTopics = pgTable(
  'community_thread_topics',
  {
    threadId: uuid('thread_id')
      .notNull()
      .references(() => communityThreads.id, { onDelete: 'cascade' }),
    topicId: uuid('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.threadId, t.topicId] }),
    index('community_thread_topics_topic_idx').on(t.topicId),
  ],
);

export const communityFollows = pgTable(
  'community_follows',
  {
    threadId: uuid('thread_id')
      .notNull()
      .references(() => communityThreads.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.userId] })],
);

/** How a person wants to hear from the community area; no row: the defaults. */
export const communityPreferences = pgTable('community_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  mail: text('mail', { enum: MAIL_FREQUENCIES }).notNull().default('weekly'),
  expertQuestions: text('expert_questions', { enum: EXPERT_QUESTIONS }).notNull().default('on'),
  lastExpertAt: at('last_expert_at'),
});

/** Someone reported a post (an opening post stands for its thread); the space's moderators resolve it. */
export const communityReports = pgTable(
  'community_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => communityPosts.id, { onDelete: 'cascade' }),
    reporterId: authorRef('reporter_id'),
    reason: text('reason', { enum: REPORT_REASONS }).notNull(),
    note: text('note').notNull().default(''),
    resolvedAt: at('resolved_at'),
    resolvedBy: authorRef('resolved_by'),
    resolution: text('resolution', { enum: REPORT_RESOLUTIONS }),
    createdAt: created(),
  },
  (t) => [index('community_reports_open_idx').on(t.resolvedAt, t.createdAt)],
);
