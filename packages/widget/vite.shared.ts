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
