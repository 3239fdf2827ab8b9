CREATE TABLE "account" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp (3) with time zone,
	"refresh_token_expires_at" timestamp (3) with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_token" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_at" bigint NOT NULL,
	"last_used_at" bigint,
	"revoked_at" bigint,
	CONSTRAINT "api_token_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"at" bigint NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" text,
	"after" text
);
--> statement-breakpoint
CREATE TABLE "event_link" (
	"id" text PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"indicator_id" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event" (
	"id" text PRIMARY KEY NOT NULL,
	"occurred_at" bigint NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source_url" text,
	"source_reliability" text,
	"info_credibility" integer,
	"created_by" text NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "event_info_credibility_range" CHECK ("event"."info_credibility" between 1 and 6)
);
--> statement-breakpoint
CREATE TABLE "forecast" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"statement" text NOT NULL,
	"resolution_criteria" text NOT NULL,
	"closes_at" bigint NOT NULL,
	"created_at" bigint NOT NULL,
	"confidence" text,
	"team_id" text,
	"author_id" text NOT NULL,
	"report_id" text,
	"excerpt" text
);
--> statement-breakpoint
CREATE TABLE "forecast_tag" (
	"forecast_id" text NOT NULL,
	"tag" text NOT NULL,
	CONSTRAINT "forecast_tag_forecast_id_tag_pk" PRIMARY KEY("forecast_id","tag")
);
--> statement-breakpoint
CREATE TABLE "indicator" (
	"id" text PRIMARY KEY NOT NULL,
	"forecast_id" text NOT NULL,
	"scenario_id" text NOT NULL,
	"description" text NOT NULL,
	"direction" text NOT NULL,
	"likelihood_ratio" double precision NOT NULL,
	"expected_by" bigint,
	"created_by" text NOT NULL,
	"created_at" bigint NOT NULL,
	"retired_at" bigint,
	CONSTRAINT "indicator_likelihood_ratio_above_one" CHECK ("indicator"."likelihood_ratio" > 1)
);
--> statement-breakpoint
CREATE TABLE "prediction" (
	"id" text PRIMARY KEY NOT NULL,
	"forecast_id" text NOT NULL,
	"analyst_id" text NOT NULL,
	"created_at" bigint NOT NULL,
	"rationale" text DEFAULT '' NOT NULL,
	CONSTRAINT "prediction_id_forecast_key" UNIQUE("id","forecast_id")
);
--> statement-breakpoint
CREATE TABLE "prediction_probability" (
	"prediction_id" text NOT NULL,
	"forecast_id" text NOT NULL,
	"scenario_id" text NOT NULL,
	"tenths" integer NOT NULL,
	CONSTRAINT "prediction_probability_prediction_id_scenario_id_pk" PRIMARY KEY("prediction_id","scenario_id"),
	CONSTRAINT "prediction_probability_tenths_range" CHECK ("prediction_probability"."tenths" between 1 and 999)
);
--> statement-breakpoint
CREATE TABLE "rate_limit" (
	"id" text PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"count" integer NOT NULL,
	"last_request" bigint NOT NULL,
	CONSTRAINT "rate_limit_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "report" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"authors" text DEFAULT '' NOT NULL,
	"published_at" text NOT NULL,
	"url" text,
	"body" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resolution" (
	"forecast_id" text PRIMARY KEY NOT NULL,
	"outcome_scenario_id" text,
	"annulled" boolean DEFAULT false NOT NULL,
	"outcome_known_at" bigint NOT NULL,
	"rationale" text NOT NULL,
	"resolver_id" text,
	"created_at" bigint NOT NULL,
	CONSTRAINT "resolution_annulled_or_outcome" CHECK (("resolution"."annulled" and "resolution"."outcome_scenario_id" is null) or (not "resolution"."annulled" and "resolution"."outcome_scenario_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "scenario" (
	"id" text PRIMARY KEY NOT NULL,
	"forecast_id" text NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"baseline" boolean NOT NULL,
	CONSTRAINT "scenario_id_forecast_key" UNIQUE("id","forecast_id")
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	CONSTRAINT "session_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "setting" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "team_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "team_member" (
	"team_id" text NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "team_member_team_id_user_id_pk" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "user" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "user_role" (
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "user_role_user_id_role_pk" PRIMARY KEY("user_id","role")
);
--> statement-breakpoint
CREATE TABLE "verification" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_link" ADD CONSTRAINT "event_link_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_link" ADD CONSTRAINT "event_link_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_link" ADD CONSTRAINT "event_link_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event" ADD CONSTRAINT "event_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast" ADD CONSTRAINT "forecast_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast" ADD CONSTRAINT "forecast_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast" ADD CONSTRAINT "forecast_report_id_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."report"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_tag" ADD CONSTRAINT "forecast_tag_forecast_id_forecast_id_fk" FOREIGN KEY ("forecast_id") REFERENCES "public"."forecast"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_forecast_id_forecast_id_fk" FOREIGN KEY ("forecast_id") REFERENCES "public"."forecast"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_scenario_id_scenario_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenario"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_forecast_id_forecast_id_fk" FOREIGN KEY ("forecast_id") REFERENCES "public"."forecast"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_analyst_id_user_id_fk" FOREIGN KEY ("analyst_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prediction_probability" ADD CONSTRAINT "prediction_probability_prediction_fk" FOREIGN KEY ("prediction_id","forecast_id") REFERENCES "public"."prediction"("id","forecast_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prediction_probability" ADD CONSTRAINT "prediction_probability_scenario_fk" FOREIGN KEY ("scenario_id","forecast_id") REFERENCES "public"."scenario"("id","forecast_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution" ADD CONSTRAINT "resolution_forecast_id_forecast_id_fk" FOREIGN KEY ("forecast_id") REFERENCES "public"."forecast"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution" ADD CONSTRAINT "resolution_resolver_id_user_id_fk" FOREIGN KEY ("resolver_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution" ADD CONSTRAINT "resolution_outcome_fk" FOREIGN KEY ("outcome_scenario_id","forecast_id") REFERENCES "public"."scenario"("id","forecast_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario" ADD CONSTRAINT "scenario_forecast_id_forecast_id_fk" FOREIGN KEY ("forecast_id") REFERENCES "public"."forecast"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_role" ADD CONSTRAINT "user_role_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_user_idx" ON "account" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "api_token_user_idx" ON "api_token" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity","at");--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "audit_log" USING btree ("actor_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "event_link_pair_idx" ON "event_link" USING btree ("event_id","indicator_id");--> statement-breakpoint
CREATE INDEX "event_link_indicator_idx" ON "event_link" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "event_occurred_idx" ON "event" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "forecast_created_idx" ON "forecast" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "forecast_author_idx" ON "forecast" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "forecast_report_idx" ON "forecast" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "forecast_tag_tag_idx" ON "forecast_tag" USING btree ("tag");--> statement-breakpoint
CREATE INDEX "indicator_forecast_idx" ON "indicator" USING btree ("forecast_id");--> statement-breakpoint
CREATE INDEX "prediction_forecast_idx" ON "prediction" USING btree ("forecast_id","created_at");--> statement-breakpoint
CREATE INDEX "prediction_analyst_idx" ON "prediction" USING btree ("analyst_id","created_at");--> statement-breakpoint
CREATE INDEX "prediction_probability_scenario_idx" ON "prediction_probability" USING btree ("scenario_id","forecast_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scenario_forecast_position_idx" ON "scenario" USING btree ("forecast_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "scenario_one_baseline_idx" ON "scenario" USING btree ("forecast_id") WHERE baseline;--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "team_member_user_idx" ON "team_member" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "verification_identifier_idx" ON "verification" USING btree ("identifier");