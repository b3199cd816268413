/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Two projects: `unit` (modules, content, scripts, the broken-content builds; no build needed) and
 * `dist` (checks over the built files of dist/; `npm run build` first). `npm run test:unit` runs the
 * first, `npm run test:dist` the second.
 *
 * The test files share their worker's modules (`isolate: false`): each file importing Astro's and the
 * project's modules anew was half of the run (77 s → 38 s on two cores). A file that changes a global
 * puts it back (`vi.unstubAllGlobals`, `vi.resetModules` where a store is loaded fresh).
 */
export default getViteConfig({
  test: {
    testTimeout: 60_000,
    isolate: false,
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
