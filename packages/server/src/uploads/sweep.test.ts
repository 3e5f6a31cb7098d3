import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { createSqliteStore } from '../db/sqlite-store.ts'
import { tempDir } from '../test/fixtures.ts'
import { createUploadFiles } from './files.ts'
import { createUploadQuota } from './quota.ts'
import { sweepUploads } from './sweep.ts'

// Files never attached to a message or a ticket are deleted once old; attached ones and
// recent ones stay. Real files on disk and a real SQLite store; time is injected.

const HOUR = 60 * 60 * 1000
const url = (id: string) => `http://chat.example/api/v1/uploads/${id}/f.png`

it('deletes old unattached files, keeps attached and recent ones, and recounts the storage', async () => {
  const dir = tempDir()
  let now = Date.now()
  const files = createUploadFiles(dir, () => now)
  const store = createSqliteStore({ path: ':memory:' })
  const owner = { visitorId: 'v1' }
  const save = (name: string) =>
    files.save({ name, type: 'image/png', size: 10, siteId: 'demo', owner }, Buffer.alloc(10))
  const [inMessage, inTicket, orphan] = [await save('a'), await save('b'), await save('c')]

  const visitor = await store.createVisitor('demo')
  const file = (id: string) => ({ name: 'f.png', type: 'image/png', size: 10, url: url(id) })
  await store.appendMessage({
    siteId: 'demo',
    visitorId: visitor.id,
    author: 'visitor',
    senderKey: `visitor:${visitor.id}`,
    clientId: 'm1',
    text: 'photo',
    attachments: [file(inMessage.id)],
  })
  await store.createTicket({
    siteId: 'demo',
    visitorId: visitor.id,
    clientId: 't1',
    name: 'Lan',
    email: 'lan@example.com',
    message: 'offline',
    attachments: [file(inTicket.id)],
  })

  now += 25 * HOUR
  const recent = await save('d')
  const quota = createUploadQuota({ perWindow: 1, windowMs: 1, siteMaxBytes: 1000 })
  const options = {
    files,
    quota,
    maxAgeMs: 24 * HOUR,
    clock: () => now,
    referencedSince: (since: number) => store.uploadIdsReferencedSince(since),
  }
  expect(await sweepUploads(options)).toBe(1)
  expect(existsSync(join(dir, orphan.id))).toBe(false)
  expect(existsSync(join(dir, `${orphan.id}.json`))).toBe(false)
  expect(await files.read(inMessage.id)).toBeDefined()
  expect(await files.read(inTicket.id)).toBeDefined()
  expect(await files.read(recent.id)).toBeDefined()
  expect(quota.usedBytes('demo')).toBe(30)

  // A day later the recent one, still attached to nothing, goes too.
  now += 25 * HOUR
  expect(await sweepUploads(options)).toBe(1)
  expect(await files.read(recent.id)).toBeUndefined()
  expect(quota.usedBytes('demo')).toBe(20)
  await store.close()
})
