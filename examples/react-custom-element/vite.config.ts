import { defineConfig } from 'vite'

// React's automatic JSX runtime through Vite's own transformer: no plugin needed to build.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
})
