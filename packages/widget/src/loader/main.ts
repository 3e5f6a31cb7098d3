// Entry of dist/cdn/chao.js, an IIFE: no exports, no globals besides window.Chao.
import { bootLoader } from './boot.ts'

// A native dynamic import works from a classic script; the bundler must leave it alone.
bootLoader(window, document.currentScript, (url) => import(/* @vite-ignore */ url))
