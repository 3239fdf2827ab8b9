import "server-only";
import net from "node:net";

export interface SmtpSettings {
  host: string;
  port: number;
  from: string;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * A minimal SMTP client (RFC 5321: EHLO, MAIL, RCPT, DATA, QUIT) over plain TCP, enough for a
 * relay on the local network or loopback without adding a mail library. No TLS and no
 * authentication: point SIGNPOST_SMTP_HOST at a relay that accepts mail from the app's host.
 */
export function sendMail(settings: SmtpSettings, mail: Mail, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection({ host: settings.host, port: settings.port });
    socket.setEncoding("utf8");
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`SMTP server ${settings.host}:${settings.port} did not answer in time`)));
    const steps: { send: string | null; expect: number }[] = [
      { send: null, expect: 220 },
      { send: "EHLO signpost", expect: 250 },
      { send: `MAIL FROM:<${settings.from}>`, expect: 250 },
      { send: `RCPT TO:<${mail.to}>`, expect: 250 },
      { send: "DATA", expect: 354 },
      { send: `${message(settings.from, mail)}\r\n.`, expect: 250 },
      { send: "QUIT", expect: 221 },
    ];
    let buffer = "";
    let step = 0;
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      // A reply is complete at a line whose code is followed by a space (not "250-…" continuations).
      const lines = buffer.split("\r\n");
      const last = lines.findLast((line) => /^\d{3} /.test(line));
      if (!last) return;
      buffer = "";
      const code = Number(last.slice(0, 3));
      if (code !== steps[step].expect) {
        socket.destroy(new Error(`SMTP server answered “${last}” (expected ${steps[step].expect})`));
        return;
      }
      step += 1;
      if (step === steps.length) {
        socket.end();
        return;
      }
      socket.write(`${steps[step].send}\r\n`);
    });
    socket.on("error", reject);
    socket.on("close", () => (step === steps.length ? resolve() : reject(new Error("SMTP connection closed early"))));
  });
}

/** Headers and a plain-text body; lines starting with "." are doubled (RFC 5321 §4.5.2). */
function message(from: string, mail: Mail): string {
  const body = mail.text.replace(/\r?\n/g, "\r\n").replace(/^\./gm, "..");
  return [`From: ${from}`, `To: ${mail.to}`, `Subject: ${mail.subject}`, "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body].join("\r\n");
}
