// Runs @chao/connector's conformance suite against the MessagePort adapter, with Node's
// test runner (any runner works: the suite is a list of async functions).
// Build first: `pnpm build` at the repository root, then `pnpm --filter custom-adapter-example test`.
import { test } from 'node:test'
import { conformanceCases } from '@chao/connector/testing'
import { servePorts } from '../dist/backend.js'
import { messagePortAdapter } from '../dist/message-port-adapter.js'

const open = servePorts()
for (const c of conformanceCases) {
  test(c.name, () => c.run({ adapter: () => messagePortAdapter({ open }) }))
}
