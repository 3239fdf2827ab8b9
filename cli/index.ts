/**
 * `npm run cli -- <command>`: the operator's adapter over server/ (SPEC §7). Each command parses
 * its flags, calls one use case as the system actor, and prints a plain result; bad input exits 1
 * with a message naming the field.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { isAppError, type AppError, type FieldIssue } from "@/lib/errors";
import { countOf } from "@/lib/format/plural";
import { backupDatabase, closeDatabase, describeDatabase, migrateDatabase, restoreDatabase } from "@/server/database/lifecycle";
import { generateDemo } from "@/server/demo/generate-demo";
import { rescoreAll } from "@/server/scores/rescore-all";
import { importTrackRecordText, type ImportPhase } from "@/server/import/import-track-record";
import { loadExampleWorkspace } from "@/server/example/load-example";
import { SYSTEM_ACTOR } from "@/server/system-actor";
import { createToken } from "@/server/tokens/create-token";
import { revokeToken } from "@/server/tokens/revoke-token";
import { createUser } from "@/server/users/create-user";
import { digestSettings, sendDigests } from "@/server/digest/send-digests";
import { userIdByEmail } from "@/server/users/find-user";

type Command = (args: string[]) => Promise<void> | void;

const USAGE = `Usage: npm run cli -- <command> [options]

  db:migrate                                   create or update the database schema
  user:create --email E --name N --role R[,R…] [--password P]
                                               roles: analyst, reviewer, manager, admin
  token:create --email E [--name LABEL]        prints the new API token alone on its last line
  token:revoke --token T                       the token stops working at once
  demo:load                                    loads the example workspace
  demo:generate [--forecasts N] [--analysts N] [--predictions N] [--events N] [--seed N]
                                               synthetic data for benchmarks (defaults: 100,000 forecasts,
                                               1,000 analysts, 1,000,000 predictions, 20,000 events)
  import FILE                                  imports a track record (the JSON of POST /api/v1/import), all or nothing
  scores:rescore                               stores every resolved forecast's scores afresh, teams' medians included
                                               (once, after upgrading a database from before they were stored)
  db:backup FILE                               consistent online copy of the SQLite file (the app may keep running);
                                               on PostgreSQL, prints the pg_dump command to use
  db:restore FILE                              replaces the SQLite file by a backup (stop the server first)
  digest:send                                  e-mails each person their unread inbox, once a day (run it from
                                               cron; needs SIGNPOST_SMTP_HOST, does nothing before SIGNPOST_DIGEST_HOUR)

Database: ${describeDatabase()} (DATABASE_PATH or DATABASE_URL to change)`;

const commands: Record<string, Command> = {
  "db:migrate": async () => {
    console.log(`Database ready: ${await migrateDatabase()}`);
  },

  "db:backup": async (args) => {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
    const file = requiredFile(positionals);
    console.log(`Backed up to ${await backupDatabase(SYSTEM_ACTOR, file)}`);
  },

  "db:restore": async (args) => {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
    const file = requiredFile(positionals);
    console.log(`Restored ${file} into ${await restoreDatabase(SYSTEM_ACTOR, file)}`);
  },

  "user:create": async (args) => {
    const { values } = parseArgs({ args, options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } } });
    const roles = values.role ? values.role.split(",").map((r) => r.trim()).filter(Boolean) : [];
    const created = await createUser(SYSTEM_ACTOR, { email: values.email, name: values.name, roles, password: values.password }, Date.now());
    console.log(`Created ${created.email} (${created.roles.join(", ")}) with id ${created.id}`);
  },

  "token:create": async (args) => {
    const { values } = parseArgs({ args, options: { email: { type: "string" }, name: { type: "string" } } });
    if (!values.email) throw fieldError("email", "is required (--email E)");
    const userId = await userIdByEmail(SYSTEM_ACTOR, values.email).catch((error) => {
      throw isAppError(error) && (error as AppError).status === 404 ? fieldError("email", `no user has the email ${values.email}`) : error;
    });
    const created = await createToken(SYSTEM_ACTOR, { name: values.name ?? "command line", ownerId: userId }, Date.now());
    console.log(`API token for ${values.email} (shown once; store it now):`);
    console.log(created.token);
  },

  "token:revoke": async (args) => {
    const { values } = parseArgs({ args, options: { token: { type: "string" } } });
    if (!values.token) throw fieldError("token", "is required (--token T)");
    await revokeToken(SYSTEM_ACTOR, { token: values.token }, Date.now());
    console.log("Token revoked.");
  },

  "digest:send": async (args) => {
    parseArgs({ args, options: {} });
    if (!digestSettings()) throw fieldError("SIGNPOST_SMTP_HOST", "is not set: the daily digest is off");
    const result = await sendDigests(Date.now());
    console.log(result ? `Digest for ${result.day} sent to ${countOf(result.sent, "person", "people")}.` : "No digest now: already sent today, or before SIGNPOST_DIGEST_HOUR.");
  },

  "demo:load": async (args) => {
    parseArgs({ args, options: {} });
    const result = await loadExampleWorkspace(SYSTEM_ACTOR, Date.now());
    console.log(`Example workspace loaded: ${result.forecasts} forecasts.`);
  },

  import: async (args) => {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
    const file = requiredFile(positionals);
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (error) {
      throw fieldError("FILE", `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    await migrateDatabase();
    const started = Date.now();
    const progress = progressLine();
    const answer = await importTrackRecordText(SYSTEM_ACTOR, text, Date.now(), progress.show).finally(progress.end);
    const { forecasts, predictions, resolutions } = answer.imported;
    console.log(`Imported ${countOf(forecasts, "forecast")}, ${countOf(predictions, "prediction")} and ${countOf(resolutions, "resolution")} from ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  },

  "scores:rescore": async () => {
    await migrateDatabase();
    const started = Date.now();
    const scored = await rescoreAll((done, total) => console.log(`  ${done} of ${total} resolved forecasts…`));
    console.log(`Rescored ${countOf(scored, "resolved forecast")} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  },

  "demo:generate": async (args) => {
    const { values } = parseArgs({ args, options: { forecasts: { type: "string" }, analysts: { type: "string" }, predictions: { type: "string" }, events: { type: "string" }, seed: { type: "string" } } });
    const scale = {
      forecasts: wholeNumber("forecasts", values.forecasts, 100_000, 1),
      analysts: wholeNumber("analysts", values.analysts, 1_000, 1),
      predictions: wholeNumber("predictions", values.predictions, 1_000_000, 0),
      events: wholeNumber("events", values.events, 20_000, 0),
      seed: wholeNumber("seed", values.seed, 20211010, 0),
    };
    if (scale.predictions < scale.forecasts) throw fieldError("predictions", `must be at least --forecasts (${scale.forecasts}): each forecast starts with its author's prediction`);
    await migrateDatabase();
    const started = Date.now();
    const result = await generateDemo(SYSTEM_ACTOR, scale, Date.now(), (line) => console.log(`  ${line}…`));
    console.log(`Generated ${result.forecasts} forecasts, ${result.predictions} predictions, ${result.analysts} analysts and ${result.events} events in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    console.log(`The busiest forecast: ${result.busyForecastId}`);
  },
};

const PHASE_WORDS: Record<ImportPhase, string> = { parsing: "Parsing", validating: "Validating forecasts", writing: "Writing rows", scoring: "Scoring resolved forecasts" };

/**
 * The import's progress on one line: rewritten in place on a terminal, and on a pipe or log file a
 * line per phase and per tenth of the way, so a log stays short.
 */
function progressLine(): { show: (phase: ImportPhase, done: number, total: number) => void; end: () => void } {
  const tty = process.stderr.isTTY;
  let shown = "";
  return {
    show(phase, done, total) {
      const step = `${phase}:${total === 0 ? 10 : Math.floor((done / total) * 10)}`;
      if (!tty && step === shown) return;
      const line = phase === "parsing" ? `${PHASE_WORDS.parsing}…` : `${PHASE_WORDS[phase]} ${done.toLocaleString("en-GB")}/${total.toLocaleString("en-GB")}`;
      process.stderr.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
      shown = step;
    },
    end() {
      if (tty && shown !== "") process.stderr.write("\n");
    },
  };
}

/** A flag's whole number, or its default; anything else names the flag. */
function wholeNumber(field: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const number = Number(value.replaceAll(",", "").replaceAll("_", ""));
  if (!Number.isInteger(number) || number < min || number > 100_000_000) throw fieldError(field, `must be a whole number from ${min} to 100,000,000 (got “${value}”)`);
  return number;
}

class CliFieldError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join("\n"));
  }
}

function fieldError(field: string, message: string): CliFieldError {
  return new CliFieldError([{ field, message }]);
}

function requiredFile(positionals: string[]): string {
  if (positionals.length !== 1) throw fieldError("FILE", "name exactly one file");
  return positionals[0];
}

function describeError(error: unknown): string {
  if (isAppError(error)) {
    const appError = error as AppError;
    const issues = Array.isArray(appError.details) ? (appError.details as FieldIssue[]) : [];
    if (issues.length > 0) return issues.map((i) => `  ${i.field || "input"}: ${i.message}`).join("\n");
    return `  ${appError.message}`;
  }
  if (error instanceof CliFieldError) return error.issues.map((i) => `  ${i.field}: ${i.message}`).join("\n");
  if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) return `  ${error.message}`;
  return `  ${(error as Error).stack ?? String(error)}`;
}

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name ? `Unknown command: ${name}\n\n${USAGE}` : USAGE);
    return name ? 1 : 0;
  }
  try {
    await command(args);
    return 0;
  } catch (error) {
    console.error(`${name} failed; nothing was changed:\n${describeError(error)}`);
    return 1;
  } finally {
    await closeDatabase();
  }
}

main().then((code) => process.exit(code));
