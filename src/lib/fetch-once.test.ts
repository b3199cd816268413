import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { fetchOnce } from './fetch-once';

const schema = z.array(z.string());

function respond(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchOnce', () => {
  it('fetches an address once however many callers ask, and gives each the payload', async () => {
    const fetch = vi.fn(() => Promise.resolve(respond(['a', 'b'])));
    vi.stubGlobal('fetch', fetch);
    const [first, second] = await Promise.all([
      fetchOnce('/once.json', schema),
      fetchOnce('/once.json', schema),
    ]);
    expect(first).toEqual(['a', 'b']);
    expect(second).toBe(first);
    await fetchOnce('/once.json', schema);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it.each<[string, string, () => Promise<Response>, string]>([
    [
      'an HTTP error',
      '/missing.json',
      () => Promise.resolve(respond('nope', 404)),
      '/missing.json : HTTP 404',
    ],
    [
      'a payload of the wrong shape',
      '/wrong-shape.json',
      () => Promise.resolve(respond({ roles: [] })),
      '/wrong-shape.json : champ (racine)',
    ],
    [
      'a network failure',
      '/offline.json',
      () => Promise.reject(new TypeError('Failed to fetch')),
      'Failed to fetch',
    ],
  ])('rejects on %s, then forgets it so the next call fetches again', async (_, url, failure, message) => {
    const fetch = vi
      .fn<() => Promise<Response>>()
      .mockImplementationOnce(failure)
      .mockImplementationOnce(() => Promise.resolve(respond(['ok'])));
    vi.stubGlobal('fetch', fetch);
    await expect(fetchOnce(url, schema)).rejects.toThrow(message);
    await expect(fetchOnce(url, schema)).resolves.toEqual(['ok']);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
