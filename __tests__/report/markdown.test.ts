import { Buffer } from 'node:buffer'
import { describe, expect, it } from '@jest/globals'
import { renderMarkdown } from '../../src/report/markdown.js'
import { finding, manyFindings, sampleResult } from './sample-result.js'

const docsUrl = (id: string) => `https://example.test/rules/${id}`

describe('renderMarkdown', () => {
  it('renders the verdict, policy, detection, notes, models and findings', () => {
    const md = renderMarkdown(
      sampleResult({
        notes: ['Stopped early: the manifest is invalid.'],
        findings: [
          finding(),
          finding({ model: undefined, ruleId: 'MG001', ruleName: 'ungoverned-fine-tune' })
        ]
      }),
      { docsUrl, runUrl: 'https://github.com/o/r/actions/runs/1' }
    )
    expect(md).toMatch(/^## ❌ Model governance: fail \(enforce mode\)\n/)
    expect(md).toContain(
      'Policy: `.github/model-governance-policy.yml@0123abc` (sha256 `abcd1234…`)  \nFine-tuning detected: yes'
    )
    expect(md).toContain('| `axolotl-config` (strong) | `training/x.yml:4` | axolotl config: adapter: lora |')
    expect(md).toContain('- Stopped early: the manifest is invalid.')
    expect(md).toContain('| `support-triage` | fine-tune | high | yes |')
    expect(md).toContain(
      '| ❌ error | [MG303](https://example.test/rules/MG303) | threshold-not-met | `model-governance.yml:31:11` | macro\\_f1 is 0.84, below the minimum 0.88. |'
    )
    expect(md.indexOf('#### Model `support-triage`')).toBeLessThan(md.indexOf('#### Repository'))
    expect(md).toContain('[Open the workflow run](https://github.com/o/r/actions/runs/1)')
    expect(md.endsWith('\n')).toBe(true)
  })

  it('says "built-in default" plainly, and shows a pass without findings', () => {
    const md = renderMarkdown(
      sampleResult({
        result: 'pass',
        policy: { source: 'built-in default', sha256: 'ffffeeee00001111', builtIn: true },
        fineTuning: { detected: false, signals: [] },
        findings: []
      }),
      { docsUrl }
    )
    expect(md).toMatch(/^## ✅ Model governance: pass/)
    expect(md).toContain('Policy: built-in default (sha256 `ffffeeee…`)')
    expect(md).toContain('Fine-tuning detected: no')
    expect(md).toContain('No findings.')
  })

  it('escapes hostile text from the pull request', () => {
    const hostile = 'a | b @org/team <script>alert(1)</script>\nnext [x](https://evil) `code`'
    const md = renderMarkdown(
      sampleResult({
        findings: [
          finding({
            message: hostile,
            file: 'x|y.yml',
            severity: 'note',
            waiver: { reason: 'ok @alice', approvedBy: '@bob', expiresAt: '2026-12-31' }
          })
        ]
      }),
      { docsUrl }
    )
    const row = md.split('\n').find((line) => line.includes('alert')) ?? ''
    expect(row).toContain('a \\| b')
    expect(row).toContain('@\u200dorg/team')
    expect(row).toContain('&lt;script&gt;')
    expect(row).toContain('\\[x\\](https://evil)')
    expect(row).toContain('\\`code\\`')
    expect(row).toContain('`x\\|y.yml:31:11`')
    expect(row).toContain('approved by @\u200dbob')
    expect(md).not.toMatch(/<script|@org|@alice|@bob/)
    expect(md).not.toContain('\nnext')
    expect(row.split(/(?<!\\)\|/)).toHaveLength(7) // five cells, no extra ones
  })

  it('never exceeds the byte cap and says how many findings were left out', () => {
    const findings = [...manyFindings(19_990, 'note'), ...manyFindings(10, 'error', 'MG702')]
    const md = renderMarkdown(sampleResult({ findings }), { docsUrl })
    const size = Buffer.byteLength(md)
    expect(size).toBeLessThanOrEqual(1_000_000)
    expect(size).toBeGreaterThan(900_000)
    const shown = md.split('\n').filter((line) => line.startsWith('| ❌') || line.startsWith('| ℹ️')).length
    expect(md).toContain(`… ${20_000 - shown} more findings are in the JSON report.`)
    expect(md.split('\n').filter((line) => line.includes('[MG702]'))).toHaveLength(10) // the errors are kept

    const small = renderMarkdown(sampleResult({ findings }), { docsUrl, maxBytes: 5_000 })
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(5_000)
    expect(small).toMatch(/… \d+ more findings are in the JSON report\./)
  })

  it('cuts even the head when nothing else fits', () => {
    const md = renderMarkdown(sampleResult({ notes: Array(100).fill('n'.repeat(200)) }), {
      docsUrl,
      maxBytes: 2_000
    })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(2_000)
    expect(md).toContain('cut to fit the size limit')
  })
})
