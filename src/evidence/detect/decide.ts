// The decision: fine-tuning is detected on 1 strong signal, or medium signals in 2 different files, or a
// medium signal plus weak signals in 2 other files. Many hits in one file count once: a file with
// a hundred chat rows is still one piece of corroboration.
import type { Signal } from '../../engine/types.js'

export interface Decision {
  detected: boolean
  /** One line a reviewer can check: which signals decided, or why they were not enough. */
  why: string
}

const RULE = 'needs 1 strong signal, medium signals in 2 files, or 1 medium and weak signals in 2 other files'

export function decide(signals: readonly Signal[]): Decision {
  if (signals.length === 0) return { detected: false, why: 'no fine-tuning signals' }
  const strong = signals.filter((s) => s.strength === 'strong')
  const first = strong[0]
  if (first) {
    const more = strong.length > 1 ? ` (and ${strong.length - 1} more strong)` : ''
    return { detected: true, why: `strong signal ${first.id} at ${where(first)}${more}` }
  }
  const medium = firstPerFile(signals, 'medium')
  const weak = firstPerFile(signals, 'weak')
  if (medium.length >= 2) {
    return {
      detected: true,
      why: `medium signals in ${medium.length} files: ${medium.map(label).join(', ')}`
    }
  }
  const m = medium[0]
  const others = weak.filter((w) => w.file !== m?.file)
  if (m && others.length >= 2) {
    return {
      detected: true,
      why: `medium signal ${label(m)} with weak signals in ${others.length} other files: ${others.map(label).join(', ')}`
    }
  }
  const counts = `${medium.length} file(s) with medium and ${weak.length} with weak signals`
  return { detected: false, why: `not enough evidence (${counts}); fine-tuning ${RULE}` }
}

/** The first signal of this strength in each file. */
function firstPerFile(signals: readonly Signal[], strength: Signal['strength']): Signal[] {
  const byFile = new Map<string, Signal>()
  for (const s of signals) if (s.strength === strength && !byFile.has(s.file)) byFile.set(s.file, s)
  return [...byFile.values()]
}

function where(s: Signal): string {
  return s.line === undefined ? s.file : `${s.file}:${s.line}`
}

function label(s: Signal): string {
  return `${s.id} (${where(s)})`
}
