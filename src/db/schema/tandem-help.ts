import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { programmes } from './programmes.ts';
import { at, created, tandemRef } from './tandem-columns.ts';
import { SIDES } from './tandems.ts';

/* Help for a tandem: support requests, the coordinators' work on them, and feedback after the end. */

/** What a member can name when asking for support. */
export const MEMBER_SUPPORT_REASONS = ['contact_asleep', 'no_progress', 'expectations', 'other'] as const;
/** `stalled`: opened by coordinators from the "braucht Aufmerksamkeit" list, with no requester. */
export const SUPPORT_REASONS = [...MEMBER_SUPPORT_REASONS, 'stalled'] as const;
export const SUPPORT_STATUSES = ['open', 'in_progress', 'closed'] as const;
export const SUPPORT_OUTCOMES = ['continue', 'additional_contact', 'rematch', 'end'] as const;
export const SUPPORT_NOTE_KINDS = ['note', 'contact'] as const;
export const GOALS_REACHED = ['yes', 'partly', 'no'] as const;
export const YES_MAYBE_NO = ['yes', 'maybe', 'no'] as const;

export type SupportReason = (typeof SUPPORT_REASONS)[number];
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];
export type SupportOutcome = (typeof SUPPORT_OUTCOMES)[number];

/** A request for help from a tandem member: readable by the programme's coordinators and the requester. */
export const supportCases = pgTable(
  'support_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tandemId: tandemRef(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    requesterId: uuid('requester_id').references(() => users.id, { onDelete: 'set null' }),
    reason: text('reason', { enum: SUPPORT_REASONS }).notNull(),
    message: text('message').notNull().default(''),
    status: text('status', { enum: SUPPORT_STATUSES }).notNull().default('open'),
    outcome: text('outcome', { enum: SUPPORT_OUTCOMES }),
    createdAt: created(),
    closedAt: at('closed_at'),
  },
  (t) => [
    index('support_cases_programme_idx').on(t.programmeId, t.status, t.createdAt),
    index('support_cases_tandem_idx').on(t.tandemId),
  ],
);

/** The coordinators' work on a case: notes and recorded contacts. Coordinators only. */
export const supportCaseNotes = pgTable(
  'support_case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => supportCases.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: SUPPORT_NOTE_KINDS }).notNull(),
    body: text('body').notNull(),
    createdAt: created(),
  },
  (t) => [index('support_case_notes_case_idx').on(t.caseId, t.createdAt)],
);

/**
 * Feedback after a tandem ends, one per member. Coordinators see aggregates only, and none for groups
 * under five answers.
 */
export const tandemFeedback = pgTable(
  'tandem_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tandemId: tandemRef(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    side: text('side', { enum: SIDES }).notNull(),
    satisfaction: integer('satisfaction').notNull(),
    goalsReached: text('goals_reached', { enum: GOALS_REACHED }).notNull(),
    wouldRecommend: boolean('would_recommend').notNull(),
    wouldMentor: text('would_mentor', { enum: YES_MAYBE_NO }).notNull(),
    comment: text('comment').notNull().default(''),
    /**
     * Whether the coordinators may read the comment (anonymously, from MIN_ANSWERS answers on). False
     * for comments given while the form promised that free texts stay unread.
     */
    commentShared: boolean('comment_shared').notNull().default(false),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('tandem_feedback_tandem_side_key').on(t.tandemId, t.side),
    index('tandem_feedback_programme_idx').on(t.programmeId),
    check('tandem_feedback_satisfaction_check', sql`${t.satisfaction} between 1 and 5`),
  ],
);
