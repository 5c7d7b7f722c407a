// The corpus: every positive is detected with its expected evidence line, negatives are not, and the
// measured precision and recall over files stay at or above 0.95. Corroborating files are scored
// separately: alone they must carry their expected medium or weak signal and must not be decisive.
import { describe, expect, it } from '@jest/globals'
import { detectFineTuning } from '../../src/evidence/detect/index.js'
import type { Signal } from '../../src/engine/types.js'
import { loadExpected, loadGroup, type CorpusFile, type Expected } from './corpus.js'

const OPTIONS = { builtin: true, extraGlobs: [], ignoreGlobs: [], labels: [], labelTriggers: [] }
const positives = loadGroup('positive')
const corroborating = loadGroup('corroborating')
const negatives = loadGroup('negative')
const expected = loadExpected()

function run(f: CorpusFile) {
  return detectFineTuning([f.input], OPTIONS)
}

/** The expected signal fired at the expected line (no line for a binary), or the signals, to show why not. */
function atLine(signals: readonly Signal[], want: Expected | undefined): true | string {
  const ok = signals.some((s) => s.id === want?.id && s.line === want.line)
  return ok || `expected ${want?.id} at line ${want?.line}, got ${JSON.stringify(signals)}`
}

describe('signal corpus', () => {
  it('is large enough and every positive or corroborating file names its expected signal', () => {
    expect(positives.length).toBeGreaterThanOrEqual(40)
    expect(negatives.length).toBeGreaterThanOrEqual(40)
    for (const f of [...positives, ...corroborating]) expect(expected[f.key]).toBeDefined()
  })

  it('measures precision and recall over files', () => {
    const tp = positives.filter((f) => run(f).detected).length
    const falsePositives = negatives.filter((f) => run(f).detected)
    const fp = falsePositives.length
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
    const recall = tp / positives.length
    console.log(
      `precision ${precision.toFixed(2)} recall ${recall.toFixed(2)} ` +
        `(${positives.length} positives, ${negatives.length} negatives; ` +
        `${corroborating.length} corroborating files scored separately)`
    )
    expect(falsePositives.map((f) => `${f.key}: ${run(f).why}`)).toEqual([])
    expect(precision).toBeGreaterThanOrEqual(0.95)
    expect(recall).toBeGreaterThanOrEqual(0.95)
  })

  it.each(positives.map((f) => [f.key, f] as const))('%s fires its expected signal at its line', (key, f) => {
    const want = expected[key]
    const result = run(f)
    expect(result.detected).toBe(true)
    expect(atLine(result.signals, want)).toBe(true)
  })

  it.each(corroborating.map((f) => [f.key, f] as const))('%s corroborates at its line', (key, f) => {
    const want = expected[key]
    const result = run(f)
    expect(atLine(result.signals, want)).toBe(true)
    expect(result.signals.filter((s) => s.strength === 'strong')).toEqual([])
    expect(result.detected).toBe(false)
  })

  it('gives negatives no strong signal', () => {
    const strong = negatives.flatMap((f) => run(f).signals.filter((s) => s.strength === 'strong'))
    expect(strong).toEqual([])
  })
})
