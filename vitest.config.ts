import { defineConfig } from 'vitest/config'

// One Vitest run for every package. Sibling packages resolve to their TypeScript source
// through the "@chao/source" export condition, so tests never need a build first.
export default defineConfig({
  resolve: { conditions: ['@chao/source', 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: ['@chao/source', 'module', 'node', 'development|production'] } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['packages/*/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    reporters: process.env.CHAO_VITEST_JSON
      ? ['default', ['json', { outputFile: process.env.CHAO_VITEST_JSON }]]
      : ['default'],
  },
})
