import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';

/** A mentoring programme; the registration issue extends it with topics, funding options and settings. */
export const programmes = pgTable('programmes', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  agency: text('agency').notNull(),
  contactEmail: text('contact_email').notNull(),
  description: text('description').notNull().default(''),
  registrationOpen: boolean('registration_open').notNull().default(true),
  /** Funding phases people choose from when they register, e.g. Erstvorhaben, Anschlussvorhaben. */
  fundingOptions: jsonb('funding_options').$type<string[]>().notNull().default([]),
  /** Matching weights per criterion; missing criteria take the engine's defaults. */
  matchingWeights: jsonb('matching_weights').$type<Record<string, number>>().notNull().default({}),
  /** Days after which an unanswered proposal is reminded, and after which it expires. */
  proposalReminderDays: integer('proposal_reminder_days').notNull().default(7),
  proposalExpiryDays: integer('proposal_expiry_days').notNull().default(14),
  /** Weeks without a meeting held or planned before both members get a friendly reminder. */
  stallReminderWeeks: integer('stall_reminder_weeks').notNull().default(6),
  /** Further weeks after that reminder before the tandem is on the coordinators' attention list. */
  stallEscalationWeeks: integer('stall_escalation_weeks').notNull().default(4),
  /** The mentoring duty in days per year; null: the programme has none. */
  dutyDaysPerYear: integer('duty_days_per_year'),
  /** Hours a duty day counts. */
  dutyHoursPerDay: real('duty_hours_per_day').notNull().default(8),
  /** The funding phase the duty applies to (e.g. Anschlussvorhaben); empty: every mentor. */
  dutyFundingPhase: text('duty_funding_phase').notNull().default(''),
  /** The first two posts of a new account in the community area wait for a moderator. */
  communityApproval: boolean('community_approval').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const programmeCoordinators = pgTable(
  'programme_coordinators',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.userId] })],
);

/** A programme's topic list. Topics are archived, never deleted: registrations keep pointing at them. */
export const topics = pgTable(
  'topics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    position: integer('position').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [index('topics_programme_idx').on(t.programmeId, t.position)],
);
