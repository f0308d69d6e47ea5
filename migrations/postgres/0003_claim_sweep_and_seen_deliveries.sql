CREATE TABLE "seen_deliveries" (
	"platform" text NOT NULL,
	"delivery_id" text NOT NULL,
	"expires_at" text NOT NULL,
	CONSTRAINT "seen_deliveries_platform_delivery_id_pk" PRIMARY KEY("platform","delivery_id")
);
--> statement-breakpoint
CREATE INDEX "seen_deliveries_expiry_idx" ON "seen_deliveries" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "thread_answers_open_lease_idx" ON "thread_answers" USING btree ("platform","lease_expires_at") WHERE "thread_answers"."lease_expires_at" IS NOT NULL;