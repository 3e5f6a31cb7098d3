// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './markdown.ts'

describe('renderMarkdown', () => {
  it('renders markdown', () => {
    expect(renderMarkdown('**Hi** _there_\n- one\n- two')).toBe(
      '<p><strong>Hi</strong> <em>there</em></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
    )
  })

  it.each([
    ['<img src=x onerror="alert(1)">', /<img|onerror/],
    ['<script>alert(1)</script>', /<script|alert/],
    ['[x](javascript:alert(1))', /javascript:/],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', /javascript:/i],
    ['[x](data:text/html,<script>alert(1)</script>)', /data:|<script/],
    ['<p onclick="alert(1)" style="position:fixed">x</p>', /onclick|style/],
    ['<svg><g onload="alert(1)"></g></svg>', /svg|onload/],
    ['<iframe src="https://evil.example"></iframe>', /iframe/],
    ['<form action="https://evil.example"><input></form>', /form|input/],
  ])('neutralises %s', (input, forbidden) => {
    expect(renderMarkdown(input)).not.toMatch(forbidden)
  })

  it('makes links open in a new tab without access to the page', () => {
    expect(renderMarkdown('[Docs](https://example.com/docs "The docs")')).toBe(
      '<p><a href="https://example.com/docs" title="The docs" target="_blank" ' +
        'rel="noopener noreferrer">Docs</a></p>',
    )
  })

  it('leaves the page-wide DOMPurify untouched', async () => {
    const { default: DOMPurify } = await import('dompurify')
    renderMarkdown('[x](https://example.com)')
    expect(DOMPurify.sanitize('<a href="https://example.com">x</a>')).toBe(
      '<a href="https://example.com">x</a>',
    )
  })
})
