// The English catalog as its own chunk: the chat stage loads only the visitor's locale.
export { enCatalog as catalog } from '@chao/core'
