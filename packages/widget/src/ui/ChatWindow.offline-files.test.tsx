// @vitest-environment jsdom
import { createChatEngine } from '@chao/core'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { atom } from 'nanostores'
import { afterEach, expect, it, vi } from 'vitest'
import { UploadError } from '../live/upload.ts'
import { ChatWindow } from './ChatWindow.tsx'
import { $offline } from './offline-form.ts'

// The offline form on a site that takes attachments: the files are checked against the
// site's policy, handed to `create` (which uploads them), and an upload the server refused
// is named in the form, which stays filled in.

afterEach(() => {
  cleanup()
  $offline.set(null)
})

async function fillForm(files: File[]) {
  fireEvent.input(await screen.findByRole('textbox', { name: 'Name' }), {
    target: { value: 'Lan' },
  })
  fireEvent.input(screen.getByRole('textbox', { name: 'Email' }), {
    target: { value: 'lan@example.com' },
  })
  fireEvent.input(screen.getByRole('textbox', { name: 'Your message' }), {
    target: { value: 'The photo of the broken item' },
  })
  const picker = screen.getByLabelText('Attach files') as HTMLInputElement
  Object.defineProperty(picker, 'files', { value: files, configurable: true })
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }))
  })
}

function setup(create: (fields: unknown, files?: readonly File[]) => Promise<string>) {
  const engine = createChatEngine({
    locale: 'en',
    hourOf: () => 9,
    attachments: { accept: ['image/*', '.pdf'], maxSize: 1024 },
  })
  engine.openWidget()
  render(<ChatWindow engine={engine} $siteName={atom(null)} />)
  act(() => $offline.set({ engine, create }))
}

const photo = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'broken.png', {
  type: 'image/png',
})

it('sends the picked files with the ticket', async () => {
  const create = vi.fn(async () => 'tk1')
  setup(create)
  await fillForm([photo])
  expect(create).toHaveBeenCalledWith(expect.objectContaining({ name: 'Lan' }), [photo])
  expect((await screen.findByRole('status')).textContent).toBe("Thanks, we'll reply by email.")
})

it('refuses a file the site does not take, before sending anything', async () => {
  const create = vi.fn(async () => 'tk1')
  setup(create)
  await fillForm([new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' })])
  expect(create).not.toHaveBeenCalled()
  expect(screen.getByRole('alert').textContent).toBe(
    'setup.exe cannot be sent: only image/*, .pdf files are accepted.',
  )
  expect(screen.getByLabelText('Attach files').getAttribute('aria-invalid')).toBe('true')
})

it('names the file and the server’s reason when the upload fails, and keeps the form', async () => {
  setup(async () => {
    throw new UploadError('broken.png', 'Files may be at most 1 KB.', 'file_too_large')
  })
  await fillForm([photo])
  expect(screen.getByRole('alert').textContent).toBe(
    'broken.png could not be sent: Files may be at most 1 KB.',
  )
  expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Lan')
})
