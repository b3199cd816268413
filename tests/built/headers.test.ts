/**
 * dist/_headers, the headers Netlify and Cloudflare Pages send with every file (README "Deploying"
 * gives the same for nginx). Parsed as those hosts read it: a path pattern on its own line, then
 * indented `Name: value` lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from './files';

function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`_headers: cannot read « ${line} »`);
    current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

const rules = parseHeaders(readFileSync(join(distDir, '_headers'), 'utf8'));
const everyFile = rules.get('/*') ?? new Map<string, string>();

describe('headers sent with every file', () => {
  it.each([
    ['x-content-type-options', 'nosniff'],
    ['x-frame-options', 'DENY'],
    ['cross-origin-opener-policy', 'same-origin'],
    ['cross-origin-resource-policy', 'same-origin'],
    ['referrer-policy', 'strict-origin-when-cross-origin'],
  ])('%s: %s', (name, value) => {
    expect(everyFile.get(name)).toBe(value);
  });

  it('forbid framing the site and plugins, in the policy the <meta> cannot carry', () => {
    const policy = everyFile.get('content-security-policy') ?? '';
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(policy).toMatch(/object-src 'none'/);
  });

  it('never set default-src, script-src or style-src, which would block the pages’ hashed scripts', () => {
    expect(everyFile.get('content-security-policy')).not.toMatch(/default-src|script-src|style-src/);
  });

  it('turn off powerful features without naming obsolete ones', () => {
    const policy = everyFile.get('permissions-policy') ?? '';
    expect(policy).toMatch(/camera=\(\)/);
    // FLoC's interest-cohort is gone from browsers, which log an error for an unknown feature.
    expect(policy).not.toMatch(/interest-cohort/);
  });
});

it('hashed build files are cached for a year', () => {
  expect(rules.get('/_astro/*')?.get('cache-control')).toBe('public, max-age=31536000, immutable');
});
