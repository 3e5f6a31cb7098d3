// The Vietnamese catalog as its own chunk: the chat stage loads only the visitor's locale.
export { viCatalog as catalog } from '@chao/core'
