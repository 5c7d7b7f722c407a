import { describe, expect, it } from '@jest/globals'
import { parseManifest } from '../../src/manifest/parse.js'
import { FILE, minimal } from './helpers.js'

describe('parseManifest: dates of past events', () => {
  const text = minimal([
    'datasets:',
    '  - id: a',
    '    path: a.jsonl',
    '    collected_at: 2026-11-21',
    '    redaction: {verified_at: "2026-11-20"}',
    'rollback:',
    '  tested_at: 2027-01-01'
  ])

  it('refuses a future date when today is known, today itself is fine', () => {
    const parsed = parseManifest(text, FILE, { now: new Date('2026-11-20T23:59:59Z') })
    expect(parsed.manifest).toBeUndefined()
    expect(parsed.diagnostics.map((d) => [d.path?.join('.'), d.location.line, d.location.column])).toEqual([
      ['models.0.datasets.0.collected_at', 9, 23],
      ['models.0.rollback.tested_at', 12, 18]
    ])
    expect(parsed.diagnostics[0]?.message).toBe(
      'models[0].datasets[0].collected_at is after today (2026-11-20 UTC), but it records something that already happened; write the date it happened.'
    )
  })

  it('does not check them without a clock', () => {
    expect(parseManifest(text, FILE).diagnostics).toEqual([])
  })
})
