import { defineConfig, mergeConfig } from 'vite'
import { noNanostoresGlobal, noPreloadHelper, shared } from './vite.shared.ts'

// dist/cdn/chao-boot.js: the widget controller and the full window.Chao, loaded at idle
// Only the chat's own modules go to the shared chat chunk, so that chao-boot.js never pulls it.
// dist/cdn/chao-chat.js: the chat stage (Preact window, @chao/core, marked, DOMPurify),
// imported by the loader on intent. The entry name is stable so the loader can find it;
// the code lives in content-hashed chunks that can be cached forever.
export default defineConfig(
  mergeConfig(shared, {
    plugins: [noNanostoresGlobal(), noPreloadHelper()],
    // Bundled dependencies may read process.env.NODE_ENV; browsers have no `process`.
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      minify: true,
      modulePreload: false,
      rolldownOptions: {
        input: {
          'chao-chat': 'src/chat/entry.ts',
          'chao-boot': 'src/boot/entry.ts',
          // The proactive engine and bubble (before intent, sites with rules only) and the
          // validator for rules written in the page: the loader imports them by these names.
          'chao-proactive': 'src/proactive/start-proactive.ts',
          'chao-rules': 'src/proactive/rule-check.ts',
          // The analytics sender, which the proactive engine loads with its first event.
          'chao-events': 'src/proactive/send-events.ts',
          // The proactive bubble, loaded when the first message is due.
          'chao-bubble': 'src/proactive/bubble.ts',
          // The presence connection, for sites with data-presence="true" only.
          'chao-presence': 'src/live/presence.ts',
        },
        preserveEntrySignatures: 'strict',
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // src/lazy/ holds the rarely used parts (pre-chat form): each stays its own chunk,
          // outside the bot-only chat.
          codeSplitting: {
            groups: [
              {
                // What the chat and the before-intent chunks (proactive engine, site config)
                // share: small, so that those never pull the chat chunk in. With them Vite's
                // import() helper (see noPreloadHelper): else it lands in the chat chunk, and
                // the presence connection (its socket.io import) would pull the chat in at idle.
                name: 'shared',
                priority: 20,
                test: /[\\/]widget[\\/]src[\\/](?:host[\\/]add-styles|chat[\\/]safe-url)\.ts|[\\/]protocol[\\/]src[\\/]message\.ts|^\0vite[\\/]preload-helper/,
              },
              {
                // The chat window with its libraries (Preact, nanostores, marked, DOMPurify) in
                // one chunk. They were a `vendor` chunk of their own, cached across releases
                // that change only our code; one chunk is 0.36 KB smaller (brotli compresses
                // them together) and one request and round trip shorter on every first open
                // (the vendor chunk was found only once the chat chunk had arrived), which
                // outweighs re-downloading 28 KB once after such a release: see
                // docs/performance.md.
                // Not socket.io-client and its dependencies: they load with the live chat.
                name: 'chat',
                priority: 10,
                // Not the FAQ matcher and KB parser: only src/lazy/load-faq.ts imports them, so
                // they load with the FAQ, outside the bot-only chat (normalize is used by the
                // handoff-intent check, so it stays).
                // Of @chao/protocol only the message model: the frame parsers belong to the
                // connector, which loads with the live chat.
                // Not the post-chat survey (csat/survey.ts, site-survey.ts): only the live chat uses it.
                // Not lead capture: it loads with src/lazy/lead-capture.ts, on sites that use it.
                // Not chat/go-live.ts: it loads with src/lazy/server-chat.ts, on sites with a server.
                // Not the catalogs: the chat loads the chat part of the visitor's locale, and the
                // extra part with the parts that show it (src/lazy/catalog-*, chat/load-catalog.ts).
                // Not the proactive engine: it loads before intent, in its own chunk
                // (src/proactive/start-proactive.ts), and only on sites with rules.
                test: /[\\/]node_modules[\\/](?!.*(?:socket\.io|engine\.io|xmlhttprequest|[\\/](?:debug|ms|ws)[\\/]))|[\\/]core[\\/]src[\\/](?!faq[\\/](?!normalize|abbreviations|fold-table)|proactive[\\/]|csat[\\/](?:site-)?survey|contact[\\/]lead-capture|i18n[\\/](?:vi|en)(?:-chat|-extra)?\.ts)|[\\/]protocol[\\/]src[\\/]message\.ts|[\\/]widget[\\/]src[\\/](?:chat|ui|settings)[\\/](?!chat-module|safe-url|go-live)/,
              },
            ],
          },
        },
      },
    },
  }),
)
