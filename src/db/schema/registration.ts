import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { programmes } from './programmes.ts';

export const ORGANISATION_TYPES = [
  'gemeinde',
  'stadt',
  'landkreis',
  'soziale_einrichtung',
  'sonstige',
] as const;
export const BUNDESLAENDER = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
] as const;
export const SIZE_CLASSES = [
  'unter_5000',
  '5000_20000',
  '20000_50000',
  '50000_100000',
  '100000_500000',
  'ueber_500000',
] as const;
export const FORMATS = ['praesenz', 'online', 'telefon', 'email'] as const;
export const FREQUENCIES = [
  'woechentlich',
  'zweiwoechentlich',
  'monatlich',
  'quartalsweise',
  'nach_bedarf',
] as const;
export const ROLES = ['mentee', 'mentor'] as const;
export const PARTICIPATION_STATUSES = [
  'registered',
  'intake_scheduled',
  'intake_held',
  'accepted',
  'not_eligible',
  'paused',
  'withdrawn',
] as const;

export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];
export type Role = (typeof ROLES)[number];

/** What a person tells us once, whatever programme and role: contact, organisation, preferences. */
export const profiles = pgTable('profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  phone: text('phone').notNull().default(''),
  organisationName: text('organisation_name').notNull(),
  organisationType: text('organisation_type', { enum: ORGANISATION_TYPES }).notNull(),
  bundesland: text('bundesland', { enum: BUNDESLAENDER }).notNull(),
  sizeClass: text('size_class', { enum: SIZE_CLASSES }).notNull(),
  position: text('position').notNull(),
  /** Year since when the person works in this role. */
  inRoleSince: integer('in_role_since').notNull(),
  formats: text('formats', { enum: FORMATS }).array().notNull(),
  frequency: text('frequency', { enum: FREQUENCIES }).notNull(),
  languages: text('languages').array().notNull(),
  availability: text('availability').notNull().default(''),
  consentVersion: text('consent_version').notNull(),
  consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One person in one programme in one role; a person can be mentee and mentor at once. */
export const participations = pgTable(
  'participations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    status: text('status', { enum: PARTICIPATION_STATUSES }).notNull().default('registered'),
    funding: text('funding').notNull().default(''),
    topicsNeeded: uuid('topics_needed').array().notNull().default(sql`'{}'::uuid[]`),
    topicsOffered: uuid('topics_offered').array().notNull().default(sql`'{}'::uuid[]`),
    topicsFreeText: text('topics_free_text').notNull().default(''),
    goals: text('goals').notNull().default(''),
    /** Mentors: how many mentees at once (1–3). */
    capacity: integer('capacity'),
    /** Mentors: strengths as refined by the coordinators after the intake call. */
    strengths: text('strengths').notNull().default(''),
    intakeAt: timestamp('intake_at', { withTimezone: true }),
    statusReason: text('status_reason').notNull().default(''),
    importedAt: timestamp('imported_at', { withTimezone: true }),
    /** Mentees back in the pool after a re-match come first, from this time on. */
    priorityAt: timestamp('priority_at', { withTimezone: true }),
    /** Mentees whose tandem ended as planned stay out of the pool until they ask to return, at this time. */
    poolReturnAt: timestamp('pool_return_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('participations_person_programme_role_key').on(t.userId, t.programmeId, t.role),
    index('participations_programme_status_idx').on(t.programmeId, t.status, t.createdAt),
  ],
);

/** Every status change, with who and when: the intake pipeline's history. */
export const participationEvents = pgTable(
  'participation_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('participation_events_participation_idx').on(t.participationId, t.at)],
);

/** Intake notes: read by the programme's coordinators only, never shown to the participant. */
export const intakeNotes = pgTable(
  'intake_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('intake_notes_participation_idx').on(t.participationId, t.at)],
);

/** A registration in progress: what was typed so far, kept server-side between the form's steps. */
export const registrationDrafts = pgTable('registration_drafts', {
  id: uuid('id').primaryKey().defaultRandom(),
  tokenHash: text('token_hash').notNull().unique(),
  data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  /** Set once the registration was created; a second submit finds it and creates nothing. */
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  resultUserId: uuid('result_user_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
