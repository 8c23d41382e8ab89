import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { programmes } from './programmes.ts';
import { participations } from './registration.ts';

export const ROUND_MODES = ['score', 'participation'] as const;
export const ROUND_STATUSES = ['running', 'draft', 'failed', 'published', 'discarded'] as const;
export const PROPOSAL_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'withdrawn'] as const;
export const PROPOSAL_ANSWERS = ['accepted', 'declined'] as const;
export const TANDEM_STATUSES = ['kickoff_pending', 'active', 'ended'] as const;
export const END_KINDS = ['planned', 'early', 'rematch', 'coordination'] as const;
export type EndKind = (typeof END_KINDS)[number];

export type RoundMode = (typeof ROUND_MODES)[number];
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export type TandemStatus = (typeof TANDEM_STATUSES)[number];

/** A pair as the coordinators see it in a round: participation ids, the score, whether it is locked. */
export interface RoundPair {
  menteeId: string;
  mentorId: string;
  score: number;
  locked: boolean;
}

export interface RoundFigures {
  matched: number;
  total: number;
  mean: number;
}

/** What a finished round computed; kept as one document, it is only ever read whole. */
export interface RoundResult {
  pairs: RoundPair[];
  /** Unmatched mentees and how many allowed partners at or above the minimum they had. */
  unmatched: { menteeId: string; candidates: number }[];
  exact: RoundFigures;
  greedy: RoundFigures;
  /** Pairs per score band of ten points, 0–9 … 90–100. */
  histogram: number[];
  pool: { mentees: number; mentors: number; capacity: number; edges: number };
  seconds: number;
}

/** A matching round: the pool at one moment, optimised exactly; a draft until published. */
export const matchingRounds = pgTable(
  'matching_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    status: text('status', { enum: ROUND_STATUSES }).notNull().default('running'),
    mode: text('mode', { enum: ROUND_MODES }).notNull(),
    minScore: real('min_score').notNull(),
    /** Percent done while running; written by the worker's progress reports. */
    progress: integer('progress').notNull().default(0),
    lockedPairs: jsonb('locked_pairs')
      .$type<{ menteeId: string; mentorId: string }[]>()
      .notNull()
      .default([]),
    removedPairs: jsonb('removed_pairs')
      .$type<{ menteeId: string; mentorId: string }[]>()
      .notNull()
      .default([]),
    result: jsonb('result').$type<RoundResult>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [index('matching_rounds_programme_idx').on(t.programmeId, t.createdAt)],
);

/** A mentee and a mentor proposed to each other; both accept → a tandem. */
export const matchProposals = pgTable(
  'match_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id').references(() => matchingRounds.id, { onDelete: 'set null' }),
    menteeParticipationId: uuid('mentee_participation_id')
      .notNull()
      .references(() => participations.id, { onDelete: 'cascade' }),
    mentorParticipationId: uuid('mentor_participation_id')
      .notNull()
      .references(() => participations.id, { onDelete: 'cascade' }),
    score: real('score').notNull(),
    /** Why a coordinator picked this pair against the suggestions; empty for suggested pairs. */
    manualReason: text('manual_reason').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    status: text('status', { enum: PROPOSAL_STATUSES }).notNull().default('pending'),
    menteeAnswer: text('mentee_answer', { enum: PROPOSAL_ANSWERS }),
    menteeAnsweredAt: timestamp('mentee_answered_at', { withTimezone: true }),
    mentorAnswer: text('mentor_answer', { enum: PROPOSAL_ANSWERS }),
    mentorAnsweredAt: timestamp('mentor_answered_at', { withTimezone: true }),
    /** Shown to the programme's coordinators only. */
    declineReason: text('decline_reason').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    // A mentee waits for one answer at a time.
    uniqueIndex('match_proposals_one_pending_key').on(t.menteeParticipationId).where(sql`status = 'pending'`),
    index('match_proposals_programme_idx').on(t.programmeId, t.status, t.createdAt),
    index('match_proposals_mentor_idx').on(t.mentorParticipationId, t.status),
  ],
);

/** A mentee and a mentor working together; its contents belong to the two of them only. */
export const tandems = pgTable(
  'tandems',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    proposalId: uuid('proposal_id')
      .unique()
      .references(() => matchProposals.id, { onDelete: 'set null' }),
    menteeParticipationId: uuid('mentee_participation_id')
      .notNull()
      .references(() => participations.id, { onDelete: 'cascade' }),
    mentorParticipationId: uuid('mentor_participation_id')
      .notNull()
      .references(() => participations.id, { onDelete: 'cascade' }),
    status: text('status', { enum: TANDEM_STATUSES }).notNull().default('kickoff_pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When both confirmed the first agreement (status active). */
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endKind: text('end_kind', { enum: END_KINDS }),
    /** Why it ended early: seen by the two members and the coordinators. */
    endReason: text('end_reason').notNull().default(''),
    endedBy: uuid('ended_by').references(() => users.id, { onDelete: 'set null' }),
    /** The stall reminder sent to both; cleared by the next meeting held or planned. */
    stallRemindedAt: timestamp('stall_reminded_at', { withTimezone: true }),
    /** On the coordinators' "braucht Aufmerksamkeit" list since; cleared like the reminder. */
    attentionAt: timestamp('attention_at', { withTimezone: true }),
  },
  (t) => [
    // A mentee has one open tandem per programme participation.
    uniqueIndex('tandems_one_open_key').on(t.menteeParticipationId).where(sql`status <> 'ended'`),
    index('tandems_mentor_idx').on(t.mentorParticipationId, t.status),
    index('tandems_programme_idx').on(t.programmeId, t.status),
  ],
);
