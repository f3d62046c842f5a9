import { vi } from 'vitest';

type HandlerContext = { url: URL; request: Request; params: Record<string, string>; body: unknown };
type Handler = (context: HandlerContext) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problem(
  status: number,
  fields: { title?: string; detail?: string; errors?: { field: string; message: string }[] } = {},
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ type: 'about:blank', status, ...fields }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

function match(pattern: string, pathname: string): Record<string, string> | null {
  const names: string[] = [];
  const regex = new RegExp(
    `^${pattern.replace(/:(\w+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}$`,
  );
  const found = regex.exec(pathname);
  if (!found) return null;
  return Object.fromEntries(
    names.map((name, index) => [name, decodeURIComponent(found[index + 1])]),
  );
}

/**
 * Stubs global fetch with handlers keyed by "METHOD /path/:param". Unknown calls answer 404
 * problem+json, so a missing handler fails loudly. Returns the recorded requests.
 */
export function mockApi(routes: Record<string, Handler>) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request.clone());
    const url = new URL(request.url);
    for (const [key, handler] of Object.entries(routes)) {
      const [method, pattern] = key.split(' ');
      if (method !== request.method) continue;
      const params = match(pattern, url.pathname);
      if (!params) continue;
      const text = await request.clone().text();
      const isJson = (request.headers.get('Content-Type') ?? 'application/json').includes('json');
      const body = !text ? undefined : isJson ? JSON.parse(text) : text;
      return handler({ url, request, params, body });
    }
    return problem(404, { detail: `No mock for ${request.method} ${url.pathname}` });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, requests };
}
