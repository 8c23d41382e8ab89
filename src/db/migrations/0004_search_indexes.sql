-- Search in the intake list (name, email, organisation; also parts of compound words) and its default order.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_name_trgm_idx" ON "users" USING gin ("name" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_email_trgm_idx" ON "users" USING gin ("email" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "profiles_organisation_trgm_idx" ON "profiles" USING gin ("organisation_name" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "participations_programme_created_idx" ON "participations" ("programme_id", "created_at");
