import { defineConfig } from 'vite'

// The server serves this build at /console (CHAO_CONSOLE_DIR, default packages/console/dist).
export default defineConfig({
  base: '/console/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true },
  // `pnpm dev` here, with `chao start` running on port 3000, proxies the API to it.
  server: { proxy: { '/healthz': 'http://localhost:3000', '/api': 'http://localhost:3000' } },
})
