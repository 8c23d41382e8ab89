CREATE TABLE "match_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"round_id" uuid,
	"mentee_participation_id" uuid NOT NULL,
	"mentor_participation_id" uuid NOT NULL,
	"score" real NOT NULL,
	"manual_reason" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"mentee_answer" text,
	"mentee_answered_at" timestamp with time zone,
	"mentor_answer" text,
	"mentor_answered_at" timestamp with time zone,
	"decline_reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reminded_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "matching_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"created_by" uuid,
	"status" text DEFAULT 'running' NOT NULL,
	"mode" text NOT NULL,
	"min_score" real NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"locked_pairs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"removed_pairs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "tandems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"proposal_id" uuid,
	"mentee_participation_id" uuid NOT NULL,
	"mentor_participation_id" uuid NOT NULL,
	"status" text DEFAULT 'kickoff_pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "tandems_proposal_id_unique" UNIQUE("proposal_id")
);
--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "matching_weights" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "proposal_reminder_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "proposal_expiry_days" integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE "match_proposals" ADD CONSTRAINT "match_proposals_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_proposals" ADD CONSTRAINT "match_proposals_round_id_matching_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."matching_rounds"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_proposals" ADD CONSTRAINT "match_proposals_mentee_participation_id_participations_id_fk" FOREIGN KEY ("mentee_participation_id") REFERENCES "public"."participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_proposals" ADD CONSTRAINT "match_proposals_mentor_participation_id_participations_id_fk" FOREIGN KEY ("mentor_participation_id") REFERENCES "public"."participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_proposals" ADD CONSTRAINT "match_proposals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_rounds" ADD CONSTRAINT "matching_rounds_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_rounds" ADD CONSTRAINT "matching_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandems" ADD CONSTRAINT "tandems_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandems" ADD CONSTRAINT "tandems_proposal_id_match_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."match_proposals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandems" ADD CONSTRAINT "tandems_mentee_participation_id_participations_id_fk" FOREIGN KEY ("mentee_participation_id") REFERENCES "public"."participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandems" ADD CONSTRAINT "tandems_mentor_participation_id_participations_id_fk" FOREIGN KEY ("mentor_participation_id") REFERENCES "public"."participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "match_proposals_one_pending_key" ON "match_proposals" USING btree ("mentee_participation_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "match_proposals_programme_idx" ON "match_proposals" USING btree ("programme_id","status","created_at");--> statement-breakpoint
CREATE INDEX "match_proposals_mentor_idx" ON "match_proposals" USING btree ("mentor_participation_id","status");--> statement-breakpoint
CREATE INDEX "matching_rounds_programme_idx" ON "matching_rounds" USING btree ("programme_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "tandems_one_open_key" ON "tandems" USING btree ("mentee_participation_id") WHERE status <> 'ended';--> statement-breakpoint
CREATE INDEX "tandems_mentor_idx" ON "tandems" USING btree ("mentor_participation_id","status");--> statement-breakpoint
CREATE INDEX "tandems_programme_idx" ON "tandems" USING btree ("programme_id","status");