import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseItemBank, parseVersionHistory } from '../../schemas/quiz';
import type { Answer, Answers } from './scoring';
import {
  decodeAnswers,
  encodeAnswers,
  type BankOrder,
  type DecodedShareLink,
  type PublishedOrders,
} from './share-link';

function readYaml(name: string): unknown {
  return parse(readFileSync(new URL(`../../../content/quiz/${name}`, import.meta.url), 'utf8'));
}
const bank = parseItemBank(readYaml('items.yaml'), 'content/quiz/items.yaml');
const published = parseVersionHistory(readYaml('versions.yaml'), 'content/quiz/versions.yaml');

const shareLinkErrors = ['empty', 'unknown-version', 'malformed', 'truncated', 'out-of-range'];
const base64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Answers to some of the items of a bank: each item unanswered, « Je ne sais pas » or 1..5. */
function anyAnswers(order: BankOrder): fc.Arbitrary<Answers> {
  return fc
    .array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }), {
      minLength: order.items.length,
      maxLength: order.items.length,
    })
    .map((values) => {
      const answers: Record<string, Answer> = {};
      order.items.forEach(({ id }, index) => {
        const value = values[index];
        if (value !== undefined) answers[id] = value as Answer;
      });
      return answers;
    });
}

/** A decode outcome is well typed: a known error, or answers 0..5 to ids of the link's version. */
function expectWellTyped(decoded: DecodedShareLink, known: PublishedOrders): void {
  if (!decoded.ok) {
    expect(shareLinkErrors).toContain(decoded.error);
    return;
  }
  const ids = known.versions.find(({ version }) => version === decoded.version)?.ids ?? [];
  for (const [id, answer] of Object.entries(decoded.answers)) {
    expect(ids).toContain(id);
    expect([0, 1, 2, 3, 4, 5]).toContain(answer);
  }
}

describe('encodeAnswers', () => {
  it('packs a full set of answers to the real bank in 15 characters after the version prefix', () => {
    const all5 = Object.fromEntries(bank.items.map(({ id }) => [id, 5 as const]));
    const link = encodeAnswers(bank, all5);
    expect(link).toMatch(/^v1\.[A-Za-z0-9_-]{15}$/);
    expect(link.length - 'v1.'.length).toBe(Math.ceil(bank.items.length / 2));
  });

  it.each([
    ['nothing answered', {}, 'v1.AA'],
    ['answers 0..2', { a: 0, b: 1, c: 2 }, `v1.${base64url.charAt((1 << 3) | 2)}${base64url.charAt(3 << 3)}`],
    [
      'answers 3..5, then nothing',
      { a: 3, b: 4, c: 5 },
      `v1.${base64url.charAt((4 << 3) | 5)}${base64url.charAt(6 << 3)}`,
    ],
    ['answers to unknown ids, left out', { z: 5 }, 'v1.AA'],
  ] as const)('writes %s', (_case, answers, link) => {
    const smallBank = { version: 1, items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
    expect(encodeAnswers(smallBank, answers)).toBe(link);
  });
});

describe('decodeAnswers', () => {
  const threeItems = { version: 1, items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };

  it.each([
    ['an empty string', '', 'empty'],
    ['a lone #', '#', 'empty'],
    ['blanks', '  ', 'empty'],
    ['no version prefix', 'AAAA', 'malformed'],
    ['a version without a number', 'v.AA', 'malformed'],
    ['a version without its dot', 'v1AA', 'malformed'],
    ['a negative version', 'v-1.AA', 'malformed'],
    ['an unpublished version', 'v2.AA', 'unknown-version'],
    ['a huge version', `v${'9'.repeat(400)}.AA`, 'unknown-version'],
    ['a character outside base64url', 'v1.A+', 'malformed'],
    ['base64 padding', 'v1.AA=', 'malformed'],
    ['a cut payload', 'v1.A', 'truncated'],
    ['no payload', 'v1.', 'truncated'],
    ['a payload too long', 'v1.AAA', 'malformed'],
    ['an unused state (7)', `v1.${base64url.charAt(7 << 3)}A`, 'out-of-range'],
    ['nonzero padding bits', `v1.A${base64url.charAt(1)}`, 'malformed'],
  ])('rejects %s', (_case, fragment, error) => {
    expect(decodeAnswers(threeItems, fragment)).toEqual({ ok: false, error });
  });

  it.each([
    ['a leading #', '#v1.AA'],
    ['surrounding blanks', ' v1.AA\n'],
  ])('reads a link with %s', (_case, fragment) => {
    expect(decodeAnswers(threeItems, fragment)).toEqual({ ok: true, version: 1, answers: {} });
  });

  it('gives back any answers to the real bank: decode(encode(a)) = a', () => {
    fc.assert(
      fc.property(anyAnswers(bank), (answers) => {
        const link = encodeAnswers(bank, answers);
        expect(decodeAnswers(bank, link)).toEqual({ ok: true, version: bank.version, answers });
        expect(decodeAnswers(published, `#${link}`)).toEqual({ ok: true, version: bank.version, answers });
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on 10,000 random strings', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: fc.constantFrom(...`${base64url}v.#=+/ `), maxLength: 24 }),
      fc.string({ unit: fc.constantFrom(...base64url), maxLength: 20 }).map((payload) => `v1.${payload}`),
    );
    fc.assert(
      fc.property(anyText, (fragment) => expectWellTyped(decodeAnswers(published, fragment), published)),
      { numRuns: 10_000 },
    );
  });

  it('never throws on 10,000 damaged valid links, and names the damage it can tell', () => {
    const damage = fc.oneof(
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('flip' as const),
        at: fc.nat(),
        char: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      }),
      fc.record({
        kind: fc.constant('version' as const),
        version: fc.oneof(fc.nat(), fc.string({ maxLength: 4 })),
      }),
      fc.record({ kind: fc.constant('append' as const), tail: fc.string({ minLength: 1, maxLength: 4 }) }),
    );
    fc.assert(
      fc.property(anyAnswers(bank), damage, (answers, change) => {
        const link = encodeAnswers(bank, answers);
        const payloadStart = link.indexOf('.') + 1;
        let damaged: string;
        switch (change.kind) {
          case 'truncate':
            damaged = link.slice(0, change.at % link.length);
            break;
          case 'flip': {
            const at = change.at % link.length;
            damaged = link.slice(0, at) + change.char + link.slice(at + 1);
            break;
          }
          case 'version':
            damaged = `v${String(change.version)}${link.slice(payloadStart - 1)}`;
            break;
          case 'append':
            damaged = link + change.tail;
            break;
        }
        const decoded = decodeAnswers(published, damaged);
        expectWellTyped(decoded, published);
        if (change.kind === 'truncate' && change.at % link.length >= payloadStart)
          expect(decoded).toEqual({ ok: false, error: 'truncated' });
        if (change.kind === 'version' && typeof change.version === 'number' && change.version !== 1)
          expect(decoded).toEqual({ ok: false, error: 'unknown-version' });
      }),
      { numRuns: 10_000 },
    );
  });

  describe('after the bank changes', () => {
    // Version 2 dropped « b », added « d » and moved « c » first: a v1 link must still open.
    const history: PublishedOrders = {
      versions: [
        { version: 1, ids: ['a', 'b', 'c'] },
        { version: 2, ids: ['c', 'a', 'd'] },
      ],
    };
    const bankV1 = { version: 1, items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
    const bankV2 = { version: 2, items: [{ id: 'c' }, { id: 'a' }, { id: 'd' }] };

    it('opens a v1 link with the v1 order', () => {
      const v1Link = encodeAnswers(bankV1, { a: 5, b: 1, c: 0 });
      expect(decodeAnswers(history, v1Link)).toEqual({ ok: true, version: 1, answers: { a: 5, b: 1, c: 0 } });
    });

    it('opens a v2 link with the v2 order', () => {
      const v2Link = encodeAnswers(bankV2, { c: 2, d: 4 });
      expect(decodeAnswers(history, v2Link)).toEqual({ ok: true, version: 2, answers: { c: 2, d: 4 } });
    });

    it('needs the published orders: the v2 bank alone does not know v1', () => {
      expect(decodeAnswers(bankV2, encodeAnswers(bankV1, { a: 5 }))).toEqual({
        ok: false,
        error: 'unknown-version',
      });
    });
  });
});
