// One HTTP request of the smoke check: never longer than its timeout, and a network failure is a result
// (status 0 and the reason), not an exception, so that every row of the table gets filled.

export interface Probe {
  status: number;
  headers: Headers;
  body: Uint8Array;
  text: string;
  ms: number;
  /** Why no response came (refused connection, DNS, TLS, timeout). */
  error?: string;
}

export async function probe(url: string, init: RequestInit = {}, timeoutMs = 10_000): Promise<Probe> {
  const started = performance.now();
  try {
    const res = await fetch(url, { redirect: "manual", ...init, signal: AbortSignal.timeout(timeoutMs) });
    const body = new Uint8Array(await res.arrayBuffer());
    return {
      status: res.status,
      headers: res.headers,
      body,
      text: new TextDecoder().decode(body),
      ms: Math.round(performance.now() - started),
    };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      status: 0,
      headers: new Headers(),
      body: new Uint8Array(),
      text: "",
      ms: Math.round(performance.now() - started),
      error: cause?.code ?? cause?.message ?? (error as Error).message,
    };
  }
}

export function json<T>(p: Probe): T | undefined {
  try {
    return JSON.parse(p.text) as T;
  } catch {
    return undefined;
  }
}

/** "503 Service Unavailable" or "ECONNREFUSED": what went wrong with a request, for the table. */
export function describe(p: Probe): string {
  return p.error ? p.error : `HTTP ${p.status}`;
}
