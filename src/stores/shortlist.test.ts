import { afterEach, describe, expect, it, vi } from 'vitest';

const KEY = 'orientoffice:selection:v1';

/**
 * A localStorage stand-in: `quota` is the most characters it holds (keys and values, as browsers count
 * them); past it `setItem` throws the browser's QuotaExceededError.
 */
class FakeStorage {
  readonly items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    let used = key.length + value.length;
    for (const [other, text] of this.items) if (other !== key) used += other.length + text.length;
    if (used > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A fresh copy of the store module, in a "browser" whose localStorage is `storage`. */
async function loadStore(storage = new FakeStorage()) {
  vi.resetModules();
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('localStorage', storage);
  return { ...(await import('./shortlist')), storage };
}

/** The same in a browser that blocks site data: merely reading `localStorage` throws. */
async function loadStoreWithStorageBlocked() {
  vi.resetModules();
  vi.stubGlobal('window', new EventTarget());
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    },
  });
  return import('./shortlist');
}

function stored(storage: FakeStorage): unknown {
  const raw = storage.getItem(KEY);
  return raw === null ? null : JSON.parse(raw);
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
  vi.unstubAllGlobals();
});

describe('shortlist store', () => {
  it('starts empty and writes nothing', async () => {
    const { shortlist, shortlistNotice, shortlistStorage, SHORTLIST_KEY, storage } = await loadStore();
    expect(SHORTLIST_KEY).toBe(KEY);
    expect(shortlist.get()).toEqual([]);
    expect(shortlistNotice.get()).toBeNull();
    expect(shortlistStorage.get()).toBe('saved');
    expect(storage.items.size).toBe(0);
  });

  it('saves the slugs as versioned JSON and restores them on the next visit', async () => {
    const first = await loadStore();
    expect(first.toggleInShortlist('comptable-m1203')).toBe('added');
    expect(first.toggleInShortlist('receptionniste-g1703')).toBe('added');
    expect(stored(first.storage)).toEqual({
      version: 1,
      slugs: ['comptable-m1203', 'receptionniste-g1703'],
    });
    const next = await loadStore(first.storage);
    expect(next.shortlist.get()).toEqual(['comptable-m1203', 'receptionniste-g1703']);
  });

  it('toggles a role out again, and removes the key with the last role', async () => {
    const { toggleInShortlist, shortlist, storage } = await loadStore();
    toggleInShortlist('comptable-m1203');
    expect(toggleInShortlist('comptable-m1203')).toBe('removed');
    expect(shortlist.get()).toEqual([]);
    expect(storage.items.size).toBe(0);
  });

  it('refuses a role past the cap and says so', async () => {
    const slugs = Array.from({ length: 50 }, (_, i) => `metier-m${1000 + i}`);
    const storage = new FakeStorage();
    storage.setItem(KEY, JSON.stringify({ version: 1, slugs }));
    const { toggleInShortlist, shortlist } = await loadStore(storage);
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
    const storage = new FakeStorage();
    storage.setItem(KEY, raw);
    const { shortlist, shortlistNotice, dismissShortlistNotice } = await loadStore(storage);
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
    const storage = new FakeStorage();
    storage.setItem(KEY, 'abîmé');
    const { shortlist, shortlistNotice, toggleInShortlist, removeFromShortlist, clearShortlist } =
      await loadStore(storage);
    toggleInShortlist('comptable-m1203');
    toggleInShortlist('receptionniste-g1703');
    removeFromShortlist('comptable-m1203');
    expect(shortlist.get()).toEqual(['receptionniste-g1703']);
    clearShortlist();
    expect(shortlist.get()).toEqual([]);
    expect(shortlistNotice.get()).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('follows a change made in another tab', async () => {
    const { shortlist, storage } = await loadStore();
    const seen: (readonly string[])[] = [];
    const stop = shortlist.subscribe((slugs) => seen.push([...slugs]));
    storage.setItem(KEY, JSON.stringify({ version: 1, slugs: ['comptable-m1203'] }));
    window.dispatchEvent(Object.assign(new Event('storage'), { key: KEY }));
    expect(shortlist.get()).toEqual(['comptable-m1203']);
    storage.removeItem(KEY);
    window.dispatchEvent(Object.assign(new Event('storage'), { key: null }));
    expect(shortlist.get()).toEqual([]);
    stop();
    expect(seen).toEqual([[], ['comptable-m1203'], []]);
  });
});

describe('shortlist store when the browser refuses storage', () => {
  it('keeps a role added while storage is full in memory, says so, and saves again once it fits', async () => {
    // Room for one role, not two.
    const oneRole = JSON.stringify({ version: 1, slugs: ['receptionniste-g1703'] });
    const storage = new FakeStorage(KEY.length + oneRole.length);
    const { toggleInShortlist, shortlist, shortlistStorage } = await loadStore(storage);
    expect(toggleInShortlist('comptable-m1203')).toBe('added');
    expect(shortlistStorage.get()).toBe('saved');

    expect(() => toggleInShortlist('receptionniste-g1703')).not.toThrow();
    expect(shortlist.get()).toEqual(['comptable-m1203', 'receptionniste-g1703']);
    expect(shortlistStorage.get()).toBe('full');
    expect(stored(storage)).toEqual({ version: 1, slugs: ['comptable-m1203'] });

    toggleInShortlist('comptable-m1203');
    expect(shortlistStorage.get()).toBe('saved');
    expect(stored(storage)).toEqual({ version: 1, slugs: ['receptionniste-g1703'] });
  });

  it('adds a shared list in memory when storage is full', async () => {
    const { addAllToShortlist, shortlist, shortlistStorage } = await loadStore(new FakeStorage(0));
    expect(addAllToShortlist(['comptable-m1203', 'receptionniste-g1703']).added).toBe(2);
    expect(shortlist.get()).toEqual(['comptable-m1203', 'receptionniste-g1703']);
    expect(shortlistStorage.get()).toBe('full');
  });

  it('says from the start that a blocked storage keeps nothing, and still works in memory', async () => {
    const { toggleInShortlist, removeFromShortlist, clearShortlist, shortlist, shortlistStorage } =
      await loadStoreWithStorageBlocked();
    expect(shortlistStorage.get()).toBe('blocked');
    expect(toggleInShortlist('comptable-m1203')).toBe('added');
    expect(toggleInShortlist('receptionniste-g1703')).toBe('added');
    removeFromShortlist('comptable-m1203');
    expect(shortlist.get()).toEqual(['receptionniste-g1703']);
    clearShortlist();
    expect(shortlist.get()).toEqual([]);
    expect(shortlistStorage.get()).toBe('blocked');
  });

  it('treats a write refused for another reason as blocked', async () => {
    const storage = new FakeStorage();
    storage.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const { toggleInShortlist, shortlist, shortlistStorage } = await loadStore(storage);
    expect(toggleInShortlist('comptable-m1203')).toBe('added');
    expect(shortlist.get()).toEqual(['comptable-m1203']);
    expect(shortlistStorage.get()).toBe('blocked');
  });

  it('is not "blocked" on the server, where there is no storage at all', async () => {
    vi.resetModules();
    const { shortlistStorage, shortlist } = await import('./shortlist');
    expect(shortlistStorage.get()).toBe('saved');
    expect(shortlist.get()).toEqual([]);
  });
});
