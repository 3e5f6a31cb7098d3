import { describe, it } from 'vitest'
import { conformanceCases } from '../testing/index.ts'
import { createMemoryBackend, memoryAdapter } from './index.ts'

describe('memory adapter conformance', () => {
  const backend = createMemoryBackend()
  for (const c of conformanceCases) {
    it(c.name, () => c.run({ adapter: () => memoryAdapter({ backend }) }))
  }
})
