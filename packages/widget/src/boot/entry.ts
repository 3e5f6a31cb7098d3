// Entry of dist/cdn/chao-boot.js (ESM), imported by the loader at idle or on intent.
export { startWidget } from './start-widget.ts'
