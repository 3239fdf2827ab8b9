import { NextResponse, type NextRequest } from "next/server";
import { transportOf } from "@/lib/auth/transport";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/security-headers";

/**
 * Security headers on every page: a Content-Security-Policy with a fresh nonce per request (Next.js
 * reads it from the request's own CSP header and puts it on the scripts it renders), and the
 * headers of lib/http/security-headers.ts. Not an authorisation layer: every page, action and
 * route checks rights itself.
 */
export function proxy(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders(transportOf(request.headers).protocol === "https"))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages and their server actions; the API answers JSON (next.config.js gives it the other headers),
  // and built assets never change per request.
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
