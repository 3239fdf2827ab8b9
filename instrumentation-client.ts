import { z } from "zod";

// Runs in the browser before the app's own modules (Next.js's client instrumentation hook).
// zod compiles fast parsers with `new Function` after probing whether eval is allowed, and it probes
// when a schema is built; under the Content-Security-Policy (proxy.ts) even that caught probe is a
// reported violation. The browser's forms validate a few fields, so the interpreted parser costs
// nothing noticeable; the server keeps the compiled one (imports validate many thousands of items).
z.config({ jitless: true });
