import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cliIo } from '../test/cli-io.ts'
import { runCli } from './run-cli.ts'

const io = cliIo

const GOOD = `# FAQ (locale: vi)

## Phí giao hàng là bao nhiêu? {#shipping-fee}
- Phí ship bao nhiêu?
- How much is shipping?

Đồng giá **30.000đ**, miễn phí từ 500.000đ.

Follow-ups: hours

## Mấy giờ cửa hàng mở cửa? {#hours}
- What are your opening hours?

8:00–21:00 hằng ngày.
`

describe('chao faq build', () => {
  it('compiles Markdown into the JSON the widget loads', async () => {
    const cli = io()
    writeFileSync(join(cli.cwd, 'faq.md'), GOOD)
    expect(await runCli(['faq', 'build', 'faq.md', '-o', 'faq.json'], cli.io)).toEqual({
      exitCode: 0,
    })
    const kb = JSON.parse(readFileSync(join(cli.cwd, 'faq.json'), 'utf8'))
    expect(kb.locale).toBe('vi')
    expect(kb.entries.map((e: { id: string }) => e.id)).toEqual(['shipping-fee', 'hours'])
    expect(kb.entries[0].questions).toEqual([
      'Phí giao hàng là bao nhiêu?',
      'Phí ship bao nhiêu?',
      'How much is shipping?',
    ])
    expect(kb.entries[0].followUps).toEqual(['hours'])
    expect(cli.err.join('')).toMatch(/Wrote faq.json: 2 entries/)
  })

  it('reports duplicate questions and missing answers with line numbers, and writes nothing', async () => {
    const cli = io()
    const bad = `## Phí giao hàng là bao nhiêu?\n- How much is shipping?\n\nAnswer.\n\n## How much is shipping?\n\n## Another\nAnswer.\n`
    writeFileSync(join(cli.cwd, 'faq.md'), bad)
    expect(await runCli(['faq', 'build', 'faq.md', '-o', 'faq.json'], cli.io)).toEqual({
      exitCode: 1,
    })
    const err = cli.err.join('')
    expect(err).toMatch(/faq\.md:6: error: .*(same question|duplicate).*\b2\b/i)
    expect(err).toMatch(/faq\.md:6: error: .*answer/i)
    expect(err).toMatch(/nothing written/)
    expect(() => readFileSync(join(cli.cwd, 'faq.json'))).toThrow()
  })

  it('checks a JSON knowledge base and names the entry and field of each problem', async () => {
    const cli = io()
    writeFileSync(
      join(cli.cwd, 'faq.json'),
      JSON.stringify({ entries: [{ id: 'a', questions: ['q?'] }] }),
    )
    expect(await runCli(['faq', 'build', 'faq.json'], cli.io)).toEqual({ exitCode: 1 })
    expect(cli.err.join('')).toMatch(/entries\[0\].*"a".*answer/)
  })

  it('explains its usage', async () => {
    const cli = io()
    expect(await runCli(['faq', 'build'], cli.io)).toEqual({ exitCode: 2 })
    expect(cli.err.join('')).toMatch(/missing the input file/)
    const help = io()
    expect(await runCli(['faq', '--help'], help.io)).toEqual({ exitCode: 0 })
    expect(help.out.join('')).toMatch(/chao faq build/)
  })
})
