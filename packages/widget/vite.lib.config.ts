import { defineConfig, mergeConfig } from 'vite'
import { shared } from './vite.shared.ts'

// Keep in step with "dependencies" in package.json.
const external = /^(?:@chao\/|preact(?:\/|$)|marked$|dompurify$|nanostores$)/

// dist/index.js: the npm entry. Dependencies stay imports for the app's bundler to dedupe;
// the chat window is a lazy chunk, so an app pays for the launcher only until first use.
export default defineConfig(
  mergeConfig(shared, {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      minify: false,
      lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'index.js' },
      rolldownOptions: {
        external: (id: string) => external.test(id),
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  }),
)
