import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { tandems } from './matching.ts';
import { programmes } from './programmes.ts';
import { at, created, tandemRef } from './tandem-columns.ts';

/*
 * The tandem workspace. Everything in the tables marked CONTENTS is readable by the tandem's two
 * members only: queries for coordinators select dates, counts and statuses from them, never text.
 */

export const SIDES = ['mentee', 'mentor'] as const;
export const MEETING_FORMATS = ['in_person', 'online', 'phone', 'email'] as const;
export const MEETING_KINDS = ['meeting', 'contact'] as const;
export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const TODO_OWNERS = ['mentee', 'mentor', 'both'] as const;
export const RHYTHMS = ['regular', 'on_demand'] as const;
export const TIME_KINDS = ['meeting', 'preparation', 'event', 'community', 'other'] as const;

export type Side = (typeof SIDES)[number];
export type MeetingFormat = (typeof MEETING_FORMATS)[number];
export type MeetingKind = (typeof MEETING_KINDS)[number];
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export type TodoOwner = (typeof TODO_OWNERS)[number];
export type Rhythm = (typeof RHYTHMS)[number];
export type TimeKind = (typeof TIME_KINDS)[number];

/** The kick-off record as both confirm it: the guide's questions for the kick-off. */
export interface AgreementContent {
  expectations: string;
  needs: string;
  wishes: string;
  capacities: string;
  /** Concrete goals, one per line; confirming the agreement turns new ones into goals. */
  goals: string;
  formats: MeetingFormat[];
  rhythm: Rhythm;
  reachability: string;
}

/** CONTENTS. Kick-off preparation: one per side, private to its author until shared. */
export const kickoffPreparations = pgTable(
  'kickoff_preparations',
  {
    tandemId: tandemRef(),
    side: text('side', { enum: SIDES }).notNull(),
    /** Answers by question key (mentee: learn, reach; mentor: pass_on, connect, learn_myself). */
    answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
    sharedAt: at('shared_at'),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tandemId, t.side] })],
);

/**
 * CONTENTS. Every saved version of the kick-off record / agreement. The newest version both have
 * confirmed is the agreement in force; a newer unconfirmed one is a proposed change. A save names the
 * version it started from, so a stale edit is refused instead of overwriting.
 */
export const agreementVersions = pgTable(
  'agreement_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tandemId: tandemRef(),
    version: integer('version').notNull(),
    content: jsonb('content').$type<AgreementContent>().notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    menteeConfirmedAt: at('mentee_confirmed_at'),
    mentorConfirmedAt: at('mentor_confirmed_at'),
    createdAt: created(),
  },
  (t) => [uniqueIndex('agreement_versions_tandem_version_key').on(t.tandemId, t.version)],
);

/** CONTENTS (title). A goal of the tandem, with milestones on the way. */
export const goals = pgTable(
  'goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tandemId: tandemRef(),
    title: text('title').notNull(),
    position: integer('position').notNull().default(0),
    reachedAt: at('reached_at'),
    celebratedAt: at('celebrated_at'),
    createdAt: created(),
  },
  (t) => [index('goals_tandem_idx').on(t.tandemId, t.position)],
);

/** CONTENTS (title). A step towards a goal; reaching one offers "Erfolg feiern". */
export const milestones = pgTable(
  'milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    /** Denormalised for the member check and the programme's statistics. */
    tandemId: tandemRef(),
    title: text('title').notNull(),
    position: integer('position').notNull().default(0),
    reachedAt: at('reached_at'),
    celebratedAt: at('celebrated_at'),
    createdAt: created(),
  },
  (t) => [
    index('milestones_goal_idx').on(t.goalId, t.position),
    index('milestones_tandem_idx').on(t.tandemId),
  ],
);

/**
 * A meeting, planned or held, or a short contact by phone or email (kind 'contact', held at once).
 * Dates, duration, format and status are visible to coordinators; location and the record are
 * CONTENTS.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tandemId: tandemRef(),
    kind: text('kind', { enum: MEETING_KINDS }).notNull().default('meeting'),
    status: text('status', { enum: MEETING_STATUSES }).notNull().default('planned'),
    startsAt: at('starts_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    format: text('format', { enum: MEETING_FORMATS }).notNull(),
    /** Place or link. */
    location: text('location').notNull().default(''),
    /** The record, following the guide's checklist. */
    recap: text('recap').notNull().default(''),
    learnings: text('learnings').notNull().default(''),
    nextTopics: text('next_topics').notNull().default(''),
    /** Short form for a contact by phone or email. */
    summary: text('summary').notNull().default(''),
    recordedAt: at('recorded_at'),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    /** Raised on every change of date or status, for calendar clients (.ics SEQUENCE). */
    sequence: integer('sequence').notNull().default(0),
    /** Set by the reminder job that claimed the day-before reminder. */
    remindedAt: at('reminded_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: created(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('meetings_tandem_idx').on(t.tandemId, t.startsAt),
    index('meetings_planned_idx').on(t.startsAt).where(sql`status = 'planned'`),
    check('meetings_duration_check', sql`${t.durationMinutes} between 1 and 1440`),
  ],
);

/** CONTENTS. Each member's preparation notes for a meeting (the guide's ten minutes). */
export const meetingPreparations = pgTable(
  'meeting_preparations',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    side: text('side', { enum: SIDES }).notNull(),
    questions: text('questions').notNull().default(''),
    topics: text('topics').notNull().default(''),
    changes: text('changes').notNull().default(''),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.side] })],
);

/** CONTENTS (title). A to-do until the next meeting; the open ones are on the next agenda. */
export const todos = pgTable(
  'todos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tandemId: tandemRef(),
    /** The meeting whose record created it, if any. */
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    owner: text('owner', { enum: TODO_OWNERS }).notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    doneAt: at('done_at'),
    createdAt: created(),
  },
  (t) => [index('todos_tandem_idx').on(t.tandemId, t.doneAt, t.dueOn)],
);

/** A person's private calendar feed: the token is the secret part of the URL; renewing replaces it. */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  token: text('token').notNull().unique(),
  createdAt: created(),
});

/**
 * Mentoring time a mentor logs against the programme's duty. Visible to the mentor and the
 * programme's coordinators; the note is the mentor's own and never leaves the time page.
 */
export const timeEntries = pgTable(
  'time_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    tandemId: uuid('tandem_id').references(() => tandems.id, { onDelete: 'set null' }),
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: TIME_KINDS }).notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    minutes: integer('minutes').notNull(),
    note: text('note').notNull().default(''),
    createdAt: created(),
  },
  (t) => [
    index('time_entries_user_idx').on(t.userId, t.on),
    index('time_entries_programme_idx').on(t.programmeId, t.on),
    uniqueIndex('time_entries_meeting_key').on(t.userId, t.meetingId),
    check('time_entries_minutes_check', sql`${t.minutes} between 1 and 1440`),
  ],
);
