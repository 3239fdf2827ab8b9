CREATE TABLE "comment" (
	"id" text PRIMARY KEY NOT NULL,
	"forecast_id" text NOT NULL,
	"author_id" text NOT NULL,
	"reply_to" text,
	"body" text NOT NULL,
	"created_at" bigint NOT NULL,
	"edited_at" bigint
);
--> statement-breakpoint
CREATE TABLE "forecast_version" (
	"forecast_id" text NOT NULL,
	"version" integer NOT NULL,
	"at" bigint NOT NULL,
	"actor_id" text,
	"reason" text NOT NULL,
	"changes" text NOT NULL,
	CONSTRAINT "forecast_version_forecast_id_version_pk" PRIMARY KEY("forecast_id","version")
);
--> statement-breakpoint
CREATE TABLE "inbox_item" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"forecast_id" text,
	"at" bigint NOT NULL,
	"text" text NOT NULL,
	"read_at" bigint
);
--> statement-breakpoint
CREATE TABLE "inbox_read" (
	"user_id" text NOT NULL,
	"item_id" text NOT NULL,
	"read_at" bigint NOT NULL,
	CONSTRAINT "inbox_read_user_id_item_id_pk" PRIMARY KEY("user_id","item_id")
);
--> statement-breakpoint
ALTER TABLE "forecast" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "team" ADD COLUMN "stale_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "comment" ADD CONSTRAINT "comment_forecast_id_forecast_id_fk" FOREIGN KEY ("forecast_id") REFERENCES "public"."forecast"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment" ADD CONSTRAINT "comment_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment" ADD CONSTRAINT "comment_reply_fk" FOREIGN KEY ("reply_to") REFERENCES "public"."comment"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_version" ADD CONSTRAINT "forecast_version_forecast_id_forecast_id_fk" FOREIGN KEY ("forecast_id") REFERENCES "public"."forecast"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_version" ADD CONSTRAINT "forecast_version_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_item" ADD CONSTRAINT "inbox_item_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_item" ADD CONSTRAINT "inbox_item_forecast_id_forecast_id_fk" FOREIGN KEY ("forecast_id") REFERENCES "public"."forecast"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_read" ADD CONSTRAINT "inbox_read_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_forecast_idx" ON "comment" USING btree ("forecast_id","created_at","id");--> statement-breakpoint
CREATE INDEX "inbox_item_user_idx" ON "inbox_item" USING btree ("user_id","at","id");