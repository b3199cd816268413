import { describe, expect, it } from 'vitest';
import { pack, unpack } from './packed';

describe('pack and unpack', () => {
  it('give back an equal value, nested arrays and objects included', () => {
    const value = { version: 2, items: [{ id: 'a', weights: { ventes: 1 } }], note: 'l’accueil « client »' };
    expect(unpack(pack(value))).toEqual(value);
  });

  it('give back a fresh plain object, not the one packed', () => {
    const value = { items: [1, 2] };
    const unpacked = unpack(pack(value));
    expect(unpacked).not.toBe(value);
    expect(Object.getPrototypeOf(unpacked)).toBe(Object.prototype);
  });

  it('travel as a string, the one kind of prop the renderer does not proxy', () => {
    expect(typeof pack([{ a: 1 }])).toBe('string');
  });
});
