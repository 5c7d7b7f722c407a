// The catalogue's own checks, as gitleaks does for its rules: every signal is declared with an id, a
// strength, an ecosystem and a one-line reason, and every detector ships true- and false-positive examples.
import { describe, expect, it } from '@jest/globals'
import { BUILTIN_DETECTORS, CATALOGUE, POLICY_SIGNALS } from '../../src/evidence/detect/catalogue.js'
import { FRAMEWORK_CASES } from './cases/frameworks.js'
import { GENERIC_CASES } from './cases/generic.js'
import { PROVIDER_CASES } from './cases/providers.js'
import { loadExpected, loadGroup } from './corpus.js'

const CASES = [...FRAMEWORK_CASES, ...PROVIDER_CASES, ...GENERIC_CASES]
/** Signals whose example needs a status the corpus cannot express (all corpus files are added). */
const COVERED_ELSEWHERE: Record<string, string> = {
  'adapter-weights-changed': 'rules.test.ts (modified weights)',
  'policy-path': 'policy.test.ts',
  'policy-label': 'policy.test.ts'
}

describe('catalogue', () => {
  it('declares each signal once, with a strength, an ecosystem and a one-line reason', () => {
    const ids = CATALOGUE.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const s of CATALOGUE) {
      expect(s.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      expect(['strong', 'medium', 'weak']).toContain(s.strength)
      expect(s.ecosystem).not.toBe('')
      expect(s.reason).toMatch(/^[^\n]{8,80}$/)
    }
  })

  it('keeps every detector to its own ecosystem', () => {
    for (const d of BUILTIN_DETECTORS) {
      expect(d.signals.length).toBeGreaterThan(0)
      for (const s of d.signals) expect(s.ecosystem).toBe(d.ecosystem)
    }
    expect(Object.values(POLICY_SIGNALS).map((s) => s.strength)).toEqual(['strong', 'strong'])
  })

  it('gives every detector a true positive and a near-miss unit case', () => {
    const withCases = new Set(CASES.map((c) => c.ecosystem))
    expect(BUILTIN_DETECTORS.map((d) => d.ecosystem).filter((e) => !withCases.has(e))).toEqual([])
  })

  it('gives every signal a realistic example in the corpus or a named test', () => {
    const exampled = new Set([
      ...Object.values(loadExpected()).map((e) => e.id),
      ...CASES.map((c) => c.positive.hit.split('@')[0]),
      ...Object.keys(COVERED_ELSEWHERE)
    ])
    expect(CATALOGUE.map((s) => s.id).filter((id) => !exampled.has(id))).toEqual([])
  })

  it('files corpus examples under the ecosystem of their expected signal', () => {
    const byId = new Map(CATALOGUE.map((s) => [s.id, s.ecosystem]))
    const expected = loadExpected()
    const misfiled = [...loadGroup('positive'), ...loadGroup('corroborating')].filter(
      (f) => byId.get(expected[f.key]?.id ?? '') !== f.folder
    )
    expect(misfiled.map((f) => f.key)).toEqual([])
  })
})
