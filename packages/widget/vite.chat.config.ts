import { defineConfig, mergeConfig } from 'vite'
import { noNanostoresGlobal, shared } from './vite.shared.ts'

// dist/cdn/chao-chat.js: the chat stage (Preact window, @chao/core, marked, DOMPurify),
// imported by the loader on intent. The entry name is stable so the loader can find it;
// the code lives in content-hashed chunks that can be cached forever.
export default defineConfig(
  mergeConfig(shared, {
    plugins: [noNanostoresGlobal()],
    // Bundled dependencies may read process.env.NODE_ENV; browsers have no `process`.
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      minify: true,
      modulePreload: false,
      rolldownOptions: {
        input: { 'chao-chat': 'src/chat/entry.ts' },
        preserveEntrySignatures: 'strict',
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Dependencies change less often than our code: a separate chunk stays cached.
          codeSplitting: {
            groups: [
              { name: 'vendor', test: /[\\/]node_modules[\\/]/ },
              { name: 'chat', test: /./ },
            ],
          },
        },
      },
    },
  }),
)
