// A policy file can be broken or hostile; every hazard must come back as a diagnostic with a position,
// never as a thrown error and never as a policy.
import { describe, expect, it } from '@jest/globals'
import { parsePolicy } from '../../src/policy/parse.js'

function onlyProblem(input: string | Uint8Array) {
  const parsed = parsePolicy(input, 'policy.yml@base')
  expect(parsed.resolved).toBeUndefined()
  expect(parsed.diagnostics).toHaveLength(1)
  const [problem] = parsed.diagnostics
  if (!problem) throw new Error('expected a diagnostic')
  return problem
}

describe('policy file hazards', () => {
  it('refuses a file over 1 MiB before parsing it', () => {
    const big = `version: 1\n# ${'x'.repeat(1024 * 1024)}\n`
    expect(onlyProblem(big).message).toMatch(/MiB, over the 1\.0 MiB limit for a policy/)
    expect(onlyProblem(new TextEncoder().encode(big)).message).toMatch(/over the 1\.0 MiB limit/)
  })

  it('refuses binary content, pointing at the NUL byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('version: 1\nmo'), 0, 1, 2])
    expect(onlyProblem(bytes)).toEqual({
      message:
        'policy.yml@base contains a NUL byte at line 2, column 3, so it looks binary; the policy must be a YAML text file.',
      line: 2,
      column: 3
    })
    expect(onlyProblem('version: 1\u0000').line).toBe(1)
  })

  it('refuses invalid UTF-8, pointing at the bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('version: 1\nmode: '), 0xc3, 0x28])
    expect(onlyProblem(bytes)).toEqual({
      message: 'policy.yml@base is not valid UTF-8 at line 2, column 7; save the file with UTF-8 encoding.',
      line: 2,
      column: 7
    })
  })

  it('accepts a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('version: 1\n')])
    expect(parsePolicy(bytes, 'p').diagnostics).toEqual([])
  })

  it('reports a YAML syntax error at its position', () => {
    const problem = onlyProblem('version: 1\nmode: [warn\n')
    expect(problem.message).toMatch(/^policy\.yml@base is not valid YAML: /)
    expect(problem.line).toBeGreaterThanOrEqual(2)
  })

  it('reports a duplicate key at the second occurrence', () => {
    expect(onlyProblem('version: 1\nmode: enforce\nmode: warn\n')).toEqual({
      message: 'The key "mode" appears twice in the same mapping; keep one and remove the other.',
      line: 3,
      column: 1
    })
  })

  it('refuses more than 20 aliases, and an alias bomb', () => {
    const labels = Array.from({ length: 21 }, () => '*l').join(', ')
    expect(onlyProblem(`version: 1\nx: &l fine-tune\ndetect:\n  labels: [${labels}]\n`).message).toMatch(
      /more than the limit of 20/
    )
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'version: 1'
    ].join('\n')
    expect(() => parsePolicy(bomb, 'p')).not.toThrow()
    expect(parsePolicy(bomb, 'p').resolved).toBeUndefined()
  })

  it('still accepts a few anchors and aliases, and resolves them', () => {
    const text = 'version: 1\ntiers:\n  low: &t\n    min_approvals: 1\n  medium: *t\n'
    expect(parsePolicy(text, 'p').resolved?.policy.tiers.medium.min_approvals).toBe(1)
  })

  it('requires a mapping at the top', () => {
    expect(onlyProblem('').message).toBe(
      'policy.yml@base is empty; it must be a mapping that starts with "version: 1".'
    )
    expect(onlyProblem('# only a comment\n').message).toMatch(/empty/)
    expect(onlyProblem('- version: 1\n').message).toMatch(/must be a mapping .*not a list/)
    expect(onlyProblem('just text\n').message).toMatch(/not a single value/)
  })

  it('refuses several YAML documents', () => {
    expect(onlyProblem('version: 1\n---\nmode: warn\n').message).toMatch(/more than one YAML document/)
  })

  it('reports an unknown tag rather than reading it as text', () => {
    const parsed = parsePolicy('version: 1\nmode: !secret warn\n', 'p')
    expect(parsed.resolved).toBeUndefined()
    expect(parsed.diagnostics[0]?.line).toBe(2)
  })

  it('never throws, whatever the bytes', () => {
    const samples = [
      'version: 1\n  bad: indent',
      '{',
      ']',
      'version: 1\n? [a]\n: b',
      '&a [*a]',
      '!!binary AAAA',
      ':'
    ]
    for (const sample of samples) expect(() => parsePolicy(sample, 'p')).not.toThrow()
    for (let seed = 0; seed < 200; seed += 1) {
      const bytes = Uint8Array.from({ length: 64 }, (_, i) => (seed * 31 + i * 17) % 256)
      expect(() => parsePolicy(bytes, 'p')).not.toThrow()
    }
  })
})
