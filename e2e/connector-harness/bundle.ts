import { resolve } from 'node:path'

let bundled: Promise<string> | undefined

/**
 * page.ts bundled for the browser from the connector's *built* files (dist/), in one file
 * (socket.io-client inlined), the way a site's bundler would. Cached per worker.
 */
export function harnessBundle(): Promise<string> {
  bundled ??= (async () => {
    const { build } = await import('vite')
    const result = await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        write: false,
        minify: false,
        lib: { entry: resolve(import.meta.dirname, 'page.ts'), formats: ['es'], fileName: 'page' },
        rollupOptions: { output: { codeSplitting: false } },
      },
    })
    const outputs = Array.isArray(result) ? result : [result]
    for (const output of outputs) {
      if (!('output' in output)) continue
      for (const chunk of output.output)
        if (chunk.type === 'chunk' && chunk.isEntry) return chunk.code
    }
    throw new Error('The harness bundle has no entry chunk.')
  })()
  return bundled
}
