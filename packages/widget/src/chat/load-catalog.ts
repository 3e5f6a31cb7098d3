import type { ChatEngine, Locale } from '@chao/core'

/**
 * Loads a locale's catalog (a chunk of its own) into the engine. Resolves once its texts
 * are in; a failed load rejects, and the engine keeps the catalogs it has.
 */
export function loadCatalog(engine: Pick<ChatEngine, 'addCatalog'>, locale: Locale): Promise<void> {
  const chunk = locale === 'vi' ? import('../lazy/catalog-vi.ts') : import('../lazy/catalog-en.ts')
  return chunk.then(({ catalog }) => engine.addCatalog(locale, catalog))
}
