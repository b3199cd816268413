/**
 * Fetches a static JSON written at build, once per page, and reads it through a schema: every island
 * that needs a payload asks here, so a role list is downloaded once however many islands show it. A
 * failed fetch or a payload of the wrong shape rejects with a message naming the address, and is
 * forgotten, so the next call tries again.
 */
import type * as z from 'zod/mini';
import { readPayload } from './roles/summary';

const pending = new Map<string, Promise<unknown>>();

export function fetchOnce<T>(url: string, schema: z.ZodMiniType<T>): Promise<T> {
  let current = pending.get(url) as Promise<T> | undefined;
  if (!current) {
    current = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url} : HTTP ${response.status}`);
        return response.json();
      })
      .then((data: unknown) => readPayload(schema, data, url));
    const settled = current;
    settled.catch(() => {
      if (pending.get(url) === settled) pending.delete(url);
    });
    pending.set(url, current);
  }
  return current;
}
