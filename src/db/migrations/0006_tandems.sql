CREATE TABLE "agreement_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tandem_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"author_id" uuid,
	"mentee_confirmed_at" timestamp with time zone,
	"mentor_confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tandem_id" uuid NOT NULL,
	"title" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"reached_at" timestamp with time zone,
	"celebrated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kickoff_preparations" (
	"tandem_id" uuid NOT NULL,
	"side" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"shared_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kickoff_preparations_tandem_id_side_pk" PRIMARY KEY("tandem_id","side")
);
--> statement-breakpoint
CREATE TABLE "meeting_preparations" (
	"meeting_id" uuid NOT NULL,
	"side" text NOT NULL,
	"questions" text DEFAULT '' NOT NULL,
	"topics" text DEFAULT '' NOT NULL,
	"changes" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_preparations_meeting_id_side_pk" PRIMARY KEY("meeting_id","side")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tandem_id" uuid NOT NULL,
	"kind" text DEFAULT 'meeting' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"format" text NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"recap" text DEFAULT '' NOT NULL,
	"learnings" text DEFAULT '' NOT NULL,
	"next_topics" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"recorded_at" timestamp with time zone,
	"recorded_by" uuid,
	"sequence" integer DEFAULT 0 NOT NULL,
	"reminded_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_duration_check" CHECK ("meetings"."duration_minutes" between 1 and 1440)
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"tandem_id" uuid NOT NULL,
	"title" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"reached_at" timestamp with time zone,
	"celebrated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_case_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"author_id" uuid,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tandem_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"requester_id" uuid,
	"reason" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "tandem_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tandem_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"user_id" uuid,
	"side" text NOT NULL,
	"satisfaction" integer NOT NULL,
	"goals_reached" text NOT NULL,
	"would_recommend" boolean NOT NULL,
	"would_mentor" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tandem_feedback_satisfaction_check" CHECK ("tandem_feedback"."satisfaction" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "time_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"tandem_id" uuid,
	"meeting_id" uuid,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"minutes" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "time_entries_minutes_check" CHECK ("time_entries"."minutes" between 1 and 1440)
);
--> statement-breakpoint
CREATE TABLE "todos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tandem_id" uuid NOT NULL,
	"meeting_id" uuid,
	"title" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "stall_reminder_weeks" integer DEFAULT 6 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "stall_escalation_weeks" integer DEFAULT 4 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "duty_days_per_year" integer;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "duty_hours_per_day" real DEFAULT 8 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "duty_funding_phase" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "participations" ADD COLUMN "priority_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tandems" ADD COLUMN "activated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tandems" ADD COLUMN "end_kind" text;--> statement-breakpoint
ALTER TABLE "tandems" ADD COLUMN "end_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "tandems" ADD COLUMN "ended_by" uuid;--> statement-breakpoint
ALTER TABLE "tandems" ADD COLUMN "stall_reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tandems" ADD COLUMN "attention_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_tandem_id_tandems_id_fk" FOREIGN KEY ("tandem_id") REFERENCES "public"."tandems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_tandem_id_tandems_id_fk" FOREIGN KEY ("tandem_id") REFERENCES "public"."tandems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kickoff_preparations" ADD CONSTRAINT "kickoff_preparations_tandem_id_tandems_id_fk" FOREIGN KEY ("tandem_id") REFERENCES "public"."tandems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_preparations" ADD CONSTRAINT "meeting_preparations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_tandem_id_tandems_id_fk" FOREIGN KEY ("tandem_id") REFERENCES "public"."tandems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_tandem_id_tandems_id_fk" FOREIGN KEY ("tandem_id") REFERENCES "public"."tandems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_case_notes" ADD CONSTRAINT "support_case_notes_case_id_support_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."support_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_case_notes" ADD CONSTRAINT "support_case_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_cases" ADD CONSTRAINT "support_cases_tandem_id_tandems_id_fk" FOREIGN KEY ("tandem_id") REFERENCES "public"."tandems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_cases" ADD CONSTRAINT "support_cases_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_cases" ADD CONSTRAINT "support_cases_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandem_feedback" ADD CONSTRAINT "tandem_feedback_tandem_id_tandems_id_fk" FOREIGN KEY ("tandem_id") REFERENCES "public"."tandems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandem_feedback" ADD CONSTRAINT "tandem_feedback_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandem_feedback" ADD CONSTRAINT "tandem_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_tandem_id_tandems_id_fk" FOREIGN KEY ("tandem_id") REFERENCES "public"."tandems"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "todos" ADD CONSTRAINT "todos_tandem_id_tandems_id_fk" FOREIGN KEY ("tandem_id") REFERENCES "public"."tandems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "todos" ADD CONSTRAINT "todos_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_versions_tandem_version_key" ON "agreement_versions" USING btree ("tandem_id","version");--> statement-breakpoint
CREATE INDEX "goals_tandem_idx" ON "goals" USING btree ("tandem_id","position");--> statement-breakpoint
CREATE INDEX "meetings_tandem_idx" ON "meetings" USING btree ("tandem_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_planned_idx" ON "meetings" USING btree ("starts_at") WHERE status = 'planned';--> statement-breakpoint
CREATE INDEX "milestones_goal_idx" ON "milestones" USING btree ("goal_id","position");--> statement-breakpoint
CREATE INDEX "milestones_tandem_idx" ON "milestones" USING btree ("tandem_id");--> statement-breakpoint
CREATE INDEX "support_case_notes_case_idx" ON "support_case_notes" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "support_cases_programme_idx" ON "support_cases" USING btree ("programme_id","status","created_at");--> statement-breakpoint
CREATE INDEX "support_cases_tandem_idx" ON "support_cases" USING btree ("tandem_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tandem_feedback_tandem_side_key" ON "tandem_feedback" USING btree ("tandem_id","side");--> statement-breakpoint
CREATE INDEX "tandem_feedback_programme_idx" ON "tandem_feedback" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "time_entries_user_idx" ON "time_entries" USING btree ("user_id","on");--> statement-breakpoint
CREATE INDEX "time_entries_programme_idx" ON "time_entries" USING btree ("programme_id","on");--> statement-breakpoint
CREATE UNIQUE INDEX "time_entries_meeting_key" ON "time_entries" USING btree ("user_id","meeting_id");--> statement-breakpoint
CREATE INDEX "todos_tandem_idx" ON "todos" USING btree ("tandem_id","done_at","due_on");--> statement-breakpoint
ALTER TABLE "tandems" ADD CONSTRAINT "tandems_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
UPDATE "programmes" SET "duty_days_per_year" = 5, "duty_funding_phase" = 'Anschlussvorhaben' WHERE "slug" = 'klimaanpassung';
