import { render } from 'preact'
import { App } from './App.tsx'
import './console.css'

const root = document.getElementById('app')
if (root === null) throw new Error('index.html must contain <div id="app"> for the console.')
render(<App />, root)
