import type { Plugin, UserConfig } from 'vite'

// Settings shared by the three builds. Sibling packages resolve to their TypeScript source
// through the "@chao/source" export condition, so building the widget needs no core build.
export const shared: UserConfig = {
  resolve: { conditions: ['@chao/source', 'module', 'browser', 'development|production'] },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { target: 'es2022', sourcemap: true, reportCompressedSize: false },
}

const NANOSTORES_GLOBAL =
  'export const nanostoresGlobal = (globalThis.nanostoresGlobal ||= { epoch: 0 })'

/**
 * nanostores 1.x creates `globalThis.nanostoresGlobal` when imported, so that several copies
 * of it share one epoch. The script-tag bundle holds a single copy and must add no global
 * to the host page besides `window.Chao`, so its epoch becomes a module-local object.
 * The build fails if nanostores changes that line, rather than leak the global silently.
 */
export function noNanostoresGlobal(): Plugin {
  return {
    name: 'chao:no-nanostores-global',
    transform(code, id) {
      if (!/[\\/]nanostores[\\/]atom[\\/]index\.js$/.test(id)) return null
      if (!code.includes(NANOSTORES_GLOBAL)) {
        this.error(
          'nanostores/atom/index.js no longer declares nanostoresGlobal as expected; update ' +
            'noNanostoresGlobal() in packages/widget/vite.shared.ts.',
        )
      }
      return code.replace(NANOSTORES_GLOBAL, 'export const nanostoresGlobal = { epoch: 0 }')
    },
  }
}

/**
 * Vite wraps every dynamic `import()` in a preload helper (1.5 KB minified) that adds
 * `<link rel=modulepreload|stylesheet>` tags to the document's head for the imported
 * chunk's dependencies. The widget's builds set `modulePreload: false` and have no CSS files
 * (styles are strings added to the shadow root), so there is never anything to preload, but
 * Vite keeps the helper all the same (vitejs/vite#18551), and with it code that would touch
 * the host page's head and dispatch `vite:preloadError` on its window. This plugin makes the
 * helper a plain call of the import; the build fails if a CSS file ever appears, since the
 * real helper would be needed to load it.
 */
export function noPreloadHelper(): Plugin {
  return {
    name: 'chao:no-preload-helper',
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler: () => 'export const __vitePreload = (load) => load()',
    },
    generateBundle(_options, bundle) {
      const css = Object.keys(bundle).filter((name) => name.endsWith('.css'))
      if (css.length > 0) {
        this.error(
          `The widget's CSS must be a string added to the shadow root, not a file (${css.join(', ')}): ` +
            'noPreloadHelper() in packages/widget/vite.shared.ts would not load it.',
        )
      }
    },
  }
}
