/** Calls a route handler the way Next.js does, with a real Request. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route declares its own params shape
type Handler = (request: Request, context: { params: Promise<any> }) => Promise<Response>;

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  rawBody?: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
}

export async function call(handler: Handler, method: string, options: CallOptions = {}): Promise<{ status: number; body: any }> {
  const url = new URL("http://signpost.test/api");
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await handler(new Request(url, { method, headers, body }), { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
