// The decision: evidence accumulates across the files of a change. Each file weighs as much as its
// strongest signal (strong 1, medium 0.6, weak 0.3; a hundred chat rows in one file are still one piece
// of evidence), and fine-tuning is detected when the files together weigh 1 or more. A weak kind of
// signal counts in two files at most: the shards of one model's weights are one model, not evidence
// that adds up. So one strong signal decides alone (a training config, a launcher, a training loop, a
// job-creation call); two files with medium signals decide together, as do a medium and two weak ones,
// or weak ones of several kinds in four files; a single medium signal does not.
import type { Signal } from '../../engine/types.js'

export interface Decision {
  detected: boolean
  /** One line a reviewer can check: which signals decided, or why they were not enough. */
  why: string
}

const WEIGHT: Readonly<Record<Signal['strength'], number>> = { strong: 1, medium: 0.6, weak: 0.3 }
const THRESHOLD = 1
const RULE =
  'fine-tuning needs 1 strong signal, or files whose strongest signals add up to 1 (strong 1, medium 0.6, weak 0.3)'
const LISTED = 4
const WEAK_FILES_PER_KIND = 2

export function decide(signals: readonly Signal[]): Decision {
  if (signals.length === 0) return { detected: false, why: 'no fine-tuning signals' }
  const strong = signals.filter((s) => s.strength === 'strong')
  const first = strong[0]
  if (first) {
    const more = strong.length > 1 ? ` (and ${strong.length - 1} more strong)` : ''
    return { detected: true, why: `strong signal ${first.id} at ${where(first)}${more}` }
  }
  const files = strongestPerFile(signals)
  const total = weightOf(files)
  // Rounded, so that 0.6 + 0.3 + 0.3 + ... reads as it adds up.
  const weight = Math.round(total * 10) / 10
  const listed = files.slice(0, LISTED).map((s) => `${s.strength} ${label(s)}`)
  const more = files.length > LISTED ? ` and ${files.length - LISTED} more` : ''
  if (weight >= THRESHOLD) {
    return {
      detected: true,
      why: `signals in ${files.length} files add up to ${weight}: ${listed.join(', ')}${more}`
    }
  }
  return {
    detected: false,
    why: `not enough evidence (signals in ${files.length} file${files.length === 1 ? '' : 's'} add up to ${weight}: ${listed.join(', ')}${more}); ${RULE}`
  }
}

/** The files' weights added up, each weak signal id counted in at most WEAK_FILES_PER_KIND files. */
function weightOf(files: readonly Signal[]): number {
  const weakSeen = new Map<string, number>()
  let total = 0
  for (const s of files) {
    if (s.strength === 'weak') {
      const seen = weakSeen.get(s.id) ?? 0
      weakSeen.set(s.id, seen + 1)
      if (seen >= WEAK_FILES_PER_KIND) continue
    }
    total += WEIGHT[s.strength]
  }
  return total
}

/** Each file's strongest signal (the first of that strength), strongest files first. */
function strongestPerFile(signals: readonly Signal[]): Signal[] {
  const byFile = new Map<string, Signal>()
  for (const s of signals) {
    const best = byFile.get(s.file)
    if (!best || WEIGHT[s.strength] > WEIGHT[best.strength]) byFile.set(s.file, s)
  }
  return [...byFile.values()].sort((a, b) => WEIGHT[b.strength] - WEIGHT[a.strength])
}

function where(s: Signal): string {
  return s.line === undefined ? s.file : `${s.file}:${s.line}`
}

function label(s: Signal): string {
  return `${s.id} (${where(s)})`
}
