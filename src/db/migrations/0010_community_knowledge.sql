CREATE TABLE "community_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"reporter_id" uuid,
	"reason" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"resolution" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_tip_files" (
	"tip_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "community_tip_files_tip_id_file_id_pk" PRIMARY KEY("tip_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "community_tip_helpful" (
	"tip_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_tip_helpful_tip_id_user_id_pk" PRIMARY KEY("tip_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "community_tip_topics" (
	"tip_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	CONSTRAINT "community_tip_topics_tip_id_topic_id_pk" PRIMARY KEY("tip_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "community_tips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid,
	"author_id" uuid,
	"proposed_by" uuid,
	"source_post_id" uuid,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"bundesland" text,
	"organisation_type" text,
	"size_class" text,
	"state" text DEFAULT 'draft' NOT NULL,
	"review_note" text DEFAULT '' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"audience" text DEFAULT 'all' NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"url" text,
	"file_id" uuid,
	"checklist" text[] DEFAULT '{}' NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_module_completions" (
	"module_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_module_completions_module_id_user_id_pk" PRIMARY KEY("module_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "library_module_items" (
	"module_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "library_module_items_module_id_item_id_pk" PRIMARY KEY("module_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "library_modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"audience" text DEFAULT 'mentors' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "community_search" ALTER COLUMN "thread_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "community_approval" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "community_search" ADD COLUMN "tip_id" uuid;--> statement-breakpoint
ALTER TABLE "community_search" ADD COLUMN "item_id" uuid;--> statement-breakpoint
ALTER TABLE "community_search" ADD COLUMN "mentors_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "tip_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "community_reports" ADD CONSTRAINT "community_reports_post_id_community_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."community_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_reports" ADD CONSTRAINT "community_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_reports" ADD CONSTRAINT "community_reports_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_files" ADD CONSTRAINT "community_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_tip_files" ADD CONSTRAINT "community_tip_files_tip_id_community_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."community_tips"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_tip_files" ADD CONSTRAINT "community_tip_files_file_id_community_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."community_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_tip_helpful" ADD CONSTRAINT "community_tip_helpful_tip_id_community_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."community_tips"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_tip_helpful" ADD CONSTRAINT "community_tip_helpful_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_tip_topics" ADD CONSTRAINT "community_tip_topics_tip_id_community_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."community_tips"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_tip_topics" ADD CONSTRAINT "community_tip_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_tips" ADD CONSTRAINT "community_tips_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_tips" ADD CONSTRAINT "community_tips_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_tips" ADD CONSTRAINT "community_tips_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_tips" ADD CONSTRAINT "community_tips_source_post_id_community_posts_id_fk" FOREIGN KEY ("source_post_id") REFERENCES "public"."community_posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_tips" ADD CONSTRAINT "community_tips_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_items" ADD CONSTRAINT "library_items_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_items" ADD CONSTRAINT "library_items_file_id_community_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."community_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_items" ADD CONSTRAINT "library_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_module_completions" ADD CONSTRAINT "library_module_completions_module_id_library_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."library_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_module_completions" ADD CONSTRAINT "library_module_completions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_module_items" ADD CONSTRAINT "library_module_items_module_id_library_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."library_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_module_items" ADD CONSTRAINT "library_module_items_item_id_library_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."library_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_modules" ADD CONSTRAINT "library_modules_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_modules" ADD CONSTRAINT "library_modules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_reports_open_idx" ON "community_reports" USING btree ("resolved_at","created_at");--> statement-breakpoint
CREATE INDEX "community_tips_state_idx" ON "community_tips" USING btree ("state","published_at");--> statement-breakpoint
CREATE INDEX "library_items_category_idx" ON "library_items" USING btree ("category");--> statement-breakpoint
ALTER TABLE "community_search" ADD CONSTRAINT "community_search_tip_id_community_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."community_tips"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_search" ADD CONSTRAINT "community_search_item_id_library_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."library_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_tip_id_community_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."community_tips"("id") ON DELETE cascade ON UPDATE no action;