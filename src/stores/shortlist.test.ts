import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const KEY = 'orientoffice:selection:v1';

/** A fresh copy of the store module, created against whatever the fake storage holds now. */
async function loadStore() {
  vi.resetModules();
  return import('./shortlist');
}

beforeAll(() => {
  useTestStorageEngine();
});
afterEach(() => {
  cleanTestStorage();
});

describe('shortlist store', () => {
  it('starts empty and writes nothing', async () => {
    const { shortlist, shortlistNotice, SHORTLIST_KEY } = await loadStore();
    expect(SHORTLIST_KEY).toBe(KEY);
    expect(shortlist.get()).toEqual([]);
    expect(shortlistNotice.get()).toBeNull();
    expect(getTestStorage()).toEqual({});
  });

  it('saves the slugs as versioned JSON and restores them on the next visit', async () => {
    const first = await loadStore();
    expect(first.toggleInShortlist('comptable-m1203')).toBe('added');
    expect(first.toggleInShortlist('receptionniste-g1703')).toBe('added');
    expect(JSON.parse(getTestStorage()[KEY] ?? '')).toEqual({
      version: 1,
      slugs: ['comptable-m1203', 'receptionniste-g1703'],
    });
    const next = await loadStore();
    expect(next.shortlist.get()).toEqual(['comptable-m1203', 'receptionniste-g1703']);
  });

  it('toggles a role out again, and removes the key with the last role', async () => {
    const { toggleInShortlist, shortlist } = await loadStore();
    toggleInShortlist('comptable-m1203');
    expect(toggleInShortlist('comptable-m1203')).toBe('removed');
    expect(shortlist.get()).toEqual([]);
    expect(getTestStorage()).toEqual({});
  });

  it('refuses a role past the cap and says so', async () => {
    const slugs = Array.from({ length: 50 }, (_, i) => `metier-m${1000 + i}`);
    setTestStorageKey(KEY, JSON.stringify({ version: 1, slugs }));
    const { toggleInShortlist, shortlist } = await loadStore();
    expect(toggleInShortlist('comptable-m1203')).toBe('full');
    expect(shortlist.get()).toEqual(slugs);
  });

  it.each([
    ['unreadable JSON', '{"version":1,', 'reset-corrupt', []],
    ['another version', JSON.stringify({ version: 2, slugs: ['comptable-m1203'] }), 'reset-corrupt', []],
    ['an unknown shape', JSON.stringify(['comptable-m1203']), 'reset-corrupt', []],
    [
      'more roles than the cap',
      JSON.stringify({ version: 1, slugs: Array.from({ length: 52 }, (_, i) => `metier-m${1000 + i}`) }),
      'trimmed',
      Array.from({ length: 50 }, (_, i) => `metier-m${1000 + i}`),
    ],
  ])('reads %s with a notice', async (_case, raw, notice, slugs) => {
    setTestStorageKey(KEY, raw);
    const { shortlist, shortlistNotice, dismissShortlistNotice } = await loadStore();
    expect(shortlist.get()).toEqual(slugs);
    expect(shortlistNotice.get()).toBe(notice);
    dismissShortlistNotice();
    expect(shortlistNotice.get()).toBeNull();
  });

  it('adds a shared list as far as the cap allows', async () => {
    const { addAllToShortlist, shortlist, toggleInShortlist } = await loadStore();
    toggleInShortlist('comptable-m1203');
    expect(addAllToShortlist(['comptable-m1203', 'receptionniste-g1703'])).toEqual({
      added: 1,
      present: 1,
      left: 0,
    });
    expect(shortlist.get()).toEqual(['comptable-m1203', 'receptionniste-g1703']);
  });

  it('removes one role, or all of them with the notice', async () => {
    setTestStorageKey(KEY, 'abîmé');
    const { shortlist, shortlistNotice, toggleInShortlist, removeFromShortlist, clearShortlist } =
      await loadStore();
    toggleInShortlist('comptable-m1203');
    toggleInShortlist('receptionniste-g1703');
    removeFromShortlist('comptable-m1203');
    expect(shortlist.get()).toEqual(['receptionniste-g1703']);
    clearShortlist();
    expect(shortlist.get()).toEqual([]);
    expect(shortlistNotice.get()).toBeNull();
    expect(getTestStorage()).toEqual({});
  });
});
