// @vitest-environment jsdom
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { Summary } from '../api.ts'
import { $inbox, $tab } from '../stores/inbox.ts'
import { $sites, resetSites } from '../stores/sites.ts'
import { Inbox } from './Inbox.tsx'

// Each conversation names its site when the server has several, and nothing when it has one.

const chat = (id: string, siteId: string, name: string): Summary => ({
  id,
  siteId,
  state: 'queued',
  visitor: { id: `v-${id}`, name, email: null },
  agentId: null,
  agentName: null,
  department: null,
  queuedAt: null,
  assignedAt: null,
  firstResponseAt: null,
  endedAt: null,
  lastSeq: 0,
  lastMessage: null,
})

let root: HTMLElement
beforeEach(() => {
  resetSites()
  $tab.set('queued')
  $inbox.set({
    conversations: [chat('c1', 'blog', 'Minh'), chat('c2', 'demo', 'Mai')],
    counts: { queued: 2, mine: 0, open: 2, closed: 0 },
  })
  root = document.createElement('div')
  document.body.append(root)
})
afterEach(() => {
  render(null, root)
  root.remove()
})

const entries = () =>
  [...root.querySelectorAll('.conversations li')].map(
    (li) => li.querySelector('.meta')?.textContent,
  )

it("shows each conversation's site name on a server with several sites", async () => {
  $sites.set([
    { id: 'demo', name: 'Chao Shop' },
    { id: 'blog', name: 'Lan Blog' },
  ])
  await act(async () => render(<Inbox />, root))
  expect(entries()).toEqual(['Lan Blog · queued', 'Chao Shop · queued'])
})

it('says nothing of sites on a single-site server', async () => {
  $sites.set([{ id: 'demo', name: 'Chao Shop' }])
  await act(async () => render(<Inbox />, root))
  expect(entries()).toEqual(['queued', 'queued'])
})
