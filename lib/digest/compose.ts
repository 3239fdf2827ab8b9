export interface DigestItem {
  kind: string;
  text: string;
  href: string | null;
}

/** The daily e-mail: the person's unread inbox items as plain text, each with its link. */
export function composeDigest(name: string, items: DigestItem[], baseUrl: string, day: string): { subject: string; text: string } {
  const count = `${items.length} unread item${items.length === 1 ? "" : "s"}`;
  const lines = items.map((item) => `- ${item.text}${item.href ? `\n  ${baseUrl.replace(/\/$/, "")}${item.href}` : ""}`);
  return {
    subject: `Signpost: ${count} for ${day}`,
    text: [`Hello ${name},`, "", `Your Signpost inbox has ${count}:`, "", ...lines, "", `Open your inbox: ${baseUrl.replace(/\/$/, "")}/inbox`, ""].join("\n"),
  };
}
