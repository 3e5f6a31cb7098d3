import { defineConfig, mergeConfig } from 'vite'
import { shared } from './vite.shared.ts'

// dist/cdn/chao.js: the script-tag loader. A classic script (IIFE) with no exports, so it
// adds no global; it creates window.Chao itself. No Preact: budget 4 KB brotli.
export default defineConfig(
  mergeConfig(shared, {
    // Bundled dependencies may read process.env.NODE_ENV; browsers have no `process`.
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      minify: true,
      lib: {
        entry: 'src/loader/main.ts',
        formats: ['iife'],
        name: 'ChaoLoader',
        fileName: () => 'chao.js',
      },
    },
  }),
)
