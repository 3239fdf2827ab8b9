import net from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { addPrediction } from "@/server/forecasts/add-prediction";
import { createForecast } from "@/server/forecasts/create-forecast";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { digestSettings, sendDigests, type DigestSettings } from "./send-digests";

useTempDatabase();

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** A local SMTP sink on loopback: accepts every message and keeps it for the test to read. */
function startSink(): Promise<{ port: number; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = net.createServer((socket) => {
    socket.setEncoding("utf8");
    let current: Received = { from: "", to: [], data: "" };
    let inData = false;
    let buffer = "";
    socket.write("220 sink ready\r\n");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            received.push(current);
            current = { from: "", to: [], data: "" };
            socket.write("250 queued\r\n");
          } else current.data += `${line.startsWith("..") ? line.slice(1) : line}\n`;
        } else if (/^EHLO/i.test(line)) socket.write("250-sink\r\n250 OK\r\n");
        else if (/^MAIL FROM:/i.test(line)) (current.from = line.slice(10)), socket.write("250 OK\r\n");
        else if (/^RCPT TO:/i.test(line)) current.to.push(line.slice(8)), socket.write("250 OK\r\n");
        else if (/^DATA/i.test(line)) (inData = true), socket.write("354 go on\r\n");
        else if (/^QUIT/i.test(line)) socket.end("221 bye\r\n");
        else socket.write("500 what?\r\n");
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ port: (server.address() as net.AddressInfo).port, received, close: () => new Promise((done) => server.close(() => done())) })),
  );
}

let sink: Awaited<ReturnType<typeof startSink>>;
let ada: Persona;
let bob: Persona;
let settings: DigestSettings;

beforeAll(async () => {
  sink = await startSink();
  settings = { host: "127.0.0.1", port: sink.port, from: "digest@signpost.test", baseUrl: "http://signpost.test", hour: 7 };
  [ada, bob] = await Promise.all([persona("Ada", "analyst"), persona("Bob", "analyst")]);
  const now = Date.now();
  const created = await createForecast(ada.actor, forecastInput({ title: "Digest worthy" }), now - 1000);
  const [yes, no] = created.scenarios.map((s) => s.id);
  await addPrediction(bob.actor, created.id, { probabilities: { [yes]: 10, [no]: 90 } }, now - 500);
});

afterAll(async () => {
  await sink.close();
});

describe("the daily digest", () => {
  test("off by default: without SIGNPOST_SMTP_HOST there are no settings and nothing is sent", async () => {
    expect(digestSettings({})).toBeNull();
    expect(await sendDigests(Date.now(), null)).toBeNull();
    expect(digestSettings({ SIGNPOST_SMTP_HOST: "mail.internal", SIGNPOST_SMTP_PORT: "2525" })).toMatchObject({ host: "mail.internal", port: 2525, hour: 7 });
  });

  test("before the digest hour nothing goes out", async () => {
    expect(await sendDigests(Date.UTC(2030, 0, 1, 6, 59), settings)).toBeNull();
    expect(sink.received).toEqual([]);
  });

  test("once a day, each person with unread items gets them by e-mail, with links", async () => {
    const at = Date.UTC(2030, 0, 1, 8);
    const result = await sendDigests(at, settings);
    expect(result).toEqual({ sent: 1, day: "2030-01-01" });
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail.to).toEqual([`<${ada.actor.email}>`]);
    expect(mail.data).toContain("Subject: Signpost: 1 unread item for 2030-01-01");
    expect(mail.data).toContain("Bob made a new prediction on “Digest worthy”.");
    expect(mail.data).toContain("http://signpost.test/forecasts/");
    // The same day again (another instance, a second cron run): nothing more.
    expect(await sendDigests(at + 3600_000, settings)).toBeNull();
    expect(sink.received).toHaveLength(1);
  });
});
