ALTER TABLE "participations" ADD COLUMN "pool_return_at" timestamp with time zone;--> statement-breakpoint
-- A re-match's priority ends with the re-match: clear it where a tandem was formed after it was given.
UPDATE "participations" SET "priority_at" = NULL
WHERE "priority_at" IS NOT NULL
  AND EXISTS (SELECT 1 FROM "tandems" WHERE "tandems"."mentee_participation_id" = "participations"."id" AND "tandems"."created_at" > "participations"."priority_at");
