/**
 * Where the sign-in page may send someone afterwards: a path of this site, or home. Browsers read
 * `/\evil.example` and `//evil.example` as another host, and a percent-encoded or control-character
 * form can turn into one after decoding, so only a plain path that resolves to our own origin passes.
 */
const OUR_ORIGIN = "http://signpost.invalid";

export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/")) return "/";
  // Anything that could be read as a scheme or a second slash after decoding is refused outright.
  let decoded = next;
  for (let round = 0; round < 3; round += 1) {
    try {
      const once = decodeURIComponent(decoded);
      if (once === decoded) break;
      decoded = once;
    } catch {
      return "/";
    }
  }
  if (/[\\\u0000-\u001f\u007f]/.test(decoded) || decoded.startsWith("//")) return "/";
  try {
    const url = new URL(next, OUR_ORIGIN);
    if (url.origin !== OUR_ORIGIN) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}
