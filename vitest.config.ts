/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Two projects: `unit` (modules, content, scripts, the broken-content builds; no build needed) and
 * `dist` (checks over the built files of dist/; `npm run build` first). `npm run test:unit` runs the
 * first, `npm run test:dist` the second.
 */
export default getViteConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'tests/build/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      { extends: true, test: { name: 'dist', include: ['tests/built/**/*.test.ts'] } },
    ],
  },
});
