/**
 * The headers every HTML page carries (proxy.ts sets them per request). Scripts run only with this
 * request's nonce (Next.js puts it on its own script tags), or when loaded by one ('strict-dynamic');
 * never inline script, eval (outside `next dev`) or a plugin. Styles may be inline: React and the
 * charts (recharts) write `style` attributes, which a nonce cannot cover, and styles run no code.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers for every answer, HTML or not; HSTS only over https (a browser ignores it on http anyway, and LAN installs use http). */
export function securityHeaders(https: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** 128 random bits, base64: what CSP's nonce-source expects. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
