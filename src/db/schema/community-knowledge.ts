import {
  boolean,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { communityPosts } from './community.ts';
import { programmes, topics } from './programmes.ts';
import { BUNDESLAENDER, ORGANISATION_TYPES, SIZE_CLASSES } from './registration.ts';

/*
 * Praxistipps and the methods library of the community area (ADR 0020). Like the rest of the area,
 * nothing of a tandem's record is copied into these tables.
 */

/**
 * proposed: made from an accepted answer, waiting for its author to agree; draft: the author's, not
 * yet sent; submitted: waiting for a coordinator; returned: sent back with a note; published; rejected.
 */
export const TIP_STATES = ['proposed', 'draft', 'submitted', 'returned', 'published', 'rejected'] as const;
export const LIBRARY_CATEGORIES = [
  'gespraechsfuehrung',
  'kick_off',
  'zielvereinbarung',
  'netzwerke',
  'haushaltsplanung',
  'foerderung',
  'leitfaden',
  'sonstiges',
] as const;
export const LIBRARY_AUDIENCES = ['all', 'mentors'] as const;
export const LIBRARY_KINDS = ['document', 'link', 'text'] as const;

export type TipState = (typeof TIP_STATES)[number];
export type LibraryCategory = (typeof LIBRARY_CATEGORIES)[number];
export type LibraryAudience = (typeof LIBRARY_AUDIENCES)[number];
export type LibraryKind = (typeof LIBRARY_KINDS)[number];

const at = (name: string) => timestamp(name, { withTimezone: true });
const created = () => at('created_at').notNull().defaultNow();
const programmeRef = () => uuid('programme_id').references(() => programmes.id, { onDelete: 'cascade' });
const personRef = (name: string) => uuid(name).references(() => users.id, { onDelete: 'set null' });
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/** An uploaded file, checked by its content (ADR 0020); its owner (a tip, a library item) serves it. */
export const communityFiles = pgTable('community_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  filename: text('filename').notNull(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  content: bytea('content').notNull(),
  uploadedBy: personRef('uploaded_by'),
  createdAt: created(),
});

/** A Praxistipp: a short article of practice, reviewed by a coordinator before it is published. */
export const communityTips = pgTable(
  'community_tips',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: programmeRef(),
    authorId: personRef('author_id'),
    /** Who turned an answer into this tip; the author agrees before it goes to review. */
    proposedBy: personRef('proposed_by'),
    sourcePostId: uuid('source_post_id').references(() => communityPosts.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    bundesland: text('bundesland', { enum: BUNDESLAENDER }),
    organisationType: text('organisation_type', { enum: ORGANISATION_TYPES }),
    sizeClass: text('size_class', { enum: SIZE_CLASSES }),
    state: text('state', { enum: TIP_STATES }).notNull().default('draft'),
    reviewNote: text('review_note').notNull().default(''),
    reviewedBy: personRef('reviewed_by'),
    reviewedAt: at('reviewed_at'),
    submittedAt: at('submitted_at'),
    publishedAt: at('published_at'),
    updatedAt: at('updated_at').notNull().defaultNow(),
    createdAt: created(),
  },
  (t) => [index('community_tips_state_idx').on(t.state, t.publishedAt)],
);

export const communityTipTopics = pgTable(
  'community_tip_topics',
  {
    tipId: uuid('tip_id')
      .notNull()
      .references(() => communityTips.id, { onDelete: 'cascade' }),
    topicId: uuid('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.tipId, t.topicId] })],
);

export const communityTipFiles = pgTable(
  'community_tip_files',
  {
    tipId: uuid('tip_id')
      .notNull()
      .references(() => communityTips.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => communityFiles.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.tipId, t.fileId] })],
);

/** "Hilfreich": one mark per person and tip; the page shows the count. */
export const communityTipHelpful = pgTable(
  'community_tip_helpful',
  {
    tipId: uuid('tip_id')
      .notNull()
      .references(() => communityTips.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.tipId, t.userId] })],
);

/** A material of the methods library: a document, a link or a short text, curated by coordinators. */
export const libraryItems = pgTable(
  'library_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** null: for both programmes. */
    programmeId: programmeRef(),
    kind: text('kind', { enum: LIBRARY_KINDS }).notNull(),
    category: text('category', { enum: LIBRARY_CATEGORIES }).notNull(),
    audience: text('audience', { enum: LIBRARY_AUDIENCES }).notNull().default('all'),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Markdown: the text of a text item, a description of a document or link. */
    body: text('body').notNull().default(''),
    url: text('url'),
    fileId: uuid('file_id').references(() => communityFiles.id, { onDelete: 'set null' }),
    /** A checklist people can tick for themselves (the Leitfaden's), one entry per line. */
    checklist: text('checklist').array().notNull().default([]),
    createdBy: personRef('created_by'),
    updatedAt: at('updated_at').notNull().defaultNow(),
    createdAt: created(),
  },
  (t) => [index('library_items_category_idx').on(t.category)],
);

/** A training module ("Mentor*innen-Schulung"): an ordered series of library items. */
export const libraryModules = pgTable('library_modules', {
  id: uuid('id').primaryKey().defaultRandom(),
  programmeId: programmeRef(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  audience: text('audience', { enum: LIBRARY_AUDIENCES }).notNull().default('mentors'),
  published: boolean('published').notNull().default(false),
  createdBy: personRef('created_by'),
  createdAt: created(),
});

export const libraryModuleItems = pgTable(
  'library_module_items',
  {
    moduleId: uuid('module_id')
      .notNull()
      .references(() => libraryModules.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => libraryItems.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.moduleId, t.itemId] })],
);

/** A person marked a module done; coordinators see counts only. */
export const libraryModuleCompletions = pgTable(
  'library_module_completions',
  {
    moduleId: uuid('module_id')
      .notNull()
      .references(() => libraryModules.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    completedAt: created(),
  },
  (t) => [primaryKey({ columns: [t.moduleId, t.userId] })],
);
