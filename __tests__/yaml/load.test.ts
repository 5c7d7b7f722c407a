// The shared YAML loader serves the manifest and the policy alike. Duplicate keys are found in one
// linear pass: the parser's own `uniqueKeys` compares each key with every earlier one and took 95 s on a
// 1 MiB file of distinct keys, which a pull request could use to stall the gate on its policy.
import { describe, expect, it } from '@jest/globals'
import { parsePolicy } from '../../src/policy/parse.js'
import { loadYamlFile } from '../../src/yaml/load.js'
import type { FileKind } from '../../src/yaml/types.js'

const KEYS = 50_000
const MIB = 1024 * 1024

/** A policy whose `rules` mapping holds `KEYS` distinct unknown rule ids, just under the 1 MiB limit. */
function policyWithManyKeys(): string {
  const rules = Array.from({ length: KEYS }, (_, i) => `  XG${String(i).padStart(5, '0')}: warning`)
  return ['version: 1', 'mode: warn', 'default_tier: medium', 'rules:', ...rules, ''].join('\n')
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now()
  const result = run()
  return { result, ms: performance.now() - started }
}

describe('loading a large policy', () => {
  it('reads 1 MiB of distinct keys in linear time', () => {
    const text = policyWithManyKeys()
    const size = Buffer.byteLength(text)
    expect(size).toBeGreaterThan(0.9 * MIB)
    expect(size).toBeLessThanOrEqual(MIB)

    const { result, ms } = timed(() => parsePolicy(text, 'policy.yml@base'))
    expect(ms).toBeLessThan(5000)
    expect(result.resolved).toBeUndefined()
    expect(result.diagnostics).toHaveLength(KEYS)
    expect(result.diagnostics[0]).toMatchObject({ line: 5, column: 3 })
    expect(result.diagnostics[0]?.message).toMatch(/^rules has an unknown key `XG00000`; /)
    expect(result.diagnostics.at(-1)).toMatchObject({ line: KEYS + 4, column: 3 })
  })

  it('still reports a duplicate key among them at the duplicate, in linear time', () => {
    const text = `${policyWithManyKeys()}  XG00042: error\n`
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MIB)

    const { result, ms } = timed(() => parsePolicy(text, 'policy.yml@base'))
    expect(ms).toBeLessThan(5000)
    expect(result.diagnostics).toEqual([
      {
        message: 'The key "XG00042" appears twice in the same mapping; keep one and remove the other.',
        line: KEYS + 5,
        column: 3
      }
    ])
  })
})

describe('duplicate keys in a policy', () => {
  it('are reported at the line of the duplicate, in a nested mapping too', () => {
    const text = [
      'version: 1',
      'tiers:',
      '  high:',
      '    min_approvals: 2',
      '    redaction_required: true',
      '    min_approvals: 3',
      ''
    ].join('\n')
    const parsed = parsePolicy(text, 'policy.yml@base')
    expect(parsed.resolved).toBeUndefined()
    expect(parsed.diagnostics).toEqual([
      {
        message: 'The key "min_approvals" appears twice in the same mapping; keep one and remove the other.',
        line: 6,
        column: 5
      }
    ])
  })
})

describe('loadYamlFile', () => {
  const kind: FileKind = {
    what: 'catalogue',
    shape: 'version: 1, entries: ...',
    whenEmpty: 'add "version: 1"',
    whenTooLarge: 'split it'
  }

  it('names the file and its kind in its messages', () => {
    const empty = loadYamlFile('', 'catalogue.yml', kind)
    expect(empty.value).toBeUndefined()
    expect(empty.diagnostics.map((d) => d.message)).toEqual(['catalogue.yml is empty; add "version: 1".'])
    expect(loadYamlFile('- a\n', 'catalogue.yml', kind).diagnostics[0]?.message).toBe(
      'catalogue.yml must be a mapping at the top level (version: 1, entries: ...), not a list.'
    )
    expect(loadYamlFile('version: 1\n', 'catalogue.yml', kind, { maxBytes: 4 }).diagnostics[0]).toEqual({
      message: 'catalogue.yml is 11 bytes, over the 4 bytes limit for a catalogue; split it.',
      location: { file: 'catalogue.yml', line: 1, column: 1 }
    })
  })

  it('yields the plain value and a locator into the document', () => {
    const loaded = loadYamlFile('version: 1\nentries:\n  - name: a\n', 'catalogue.yml', kind)
    expect(loaded.diagnostics).toEqual([])
    expect(loaded.value).toEqual({ version: 1, entries: [{ name: 'a' }] })
    expect(loaded.locator.locate(['entries', 0, 'name'])).toMatchObject({ line: 3, column: 11 })
  })
})
