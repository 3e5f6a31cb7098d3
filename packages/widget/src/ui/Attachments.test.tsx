// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact'
import { afterEach, expect, it } from 'vitest'
import { Attachments } from './Attachments.tsx'

// Files in a message: a file on the server is a download link (the visitor's own upload as
// well as an agent's), a local one is a plain chip, and only http(s) URLs are ever linked.

afterEach(cleanup)

const pdf = { name: 'quote.pdf', type: 'application/pdf', size: 2048 }

it('links a file on the server, with its name as the download name', () => {
  render(
    <Attachments files={[{ ...pdf, url: 'https://chat.example/api/v1/uploads/a/quote.pdf' }]} />,
  )
  const link = screen.getByRole('link', { name: /quote\.pdf/ })
  expect(link.getAttribute('href')).toBe('https://chat.example/api/v1/uploads/a/quote.pdf')
  expect(link.getAttribute('download')).toBe('quote.pdf')
  expect(link.getAttribute('rel')).toBe('noopener noreferrer')
})

it('a file still on this page, or with an unsafe URL, is a chip without a link', () => {
  render(
    <Attachments
      files={[
        { ...pdf, url: 'blob:https://shop.example/1' },
        { ...pdf, name: 'x.pdf', url: 'javascript:alert(1)' },
        { ...pdf, name: 'y.png', type: 'image/png', url: 'javascript:alert(1)' },
      ]}
    />,
  )
  expect(screen.queryAllByRole('link')).toHaveLength(0)
  expect(screen.queryAllByRole('img')).toHaveLength(0)
  expect(screen.getByText(/x\.pdf/)).toBeTruthy()
})
