import { getAuth } from "@/server/auth/better-auth";

// better-auth's own endpoints (sign-in, sign-out, session), for scripts and the benchmark; the
// pages sign in through server actions. Sign-up is disabled: accounts come from admins.
export function GET(request: Request): Promise<Response> {
  return getAuth().handler(request);
}

export function POST(request: Request): Promise<Response> {
  return getAuth().handler(request);
}
