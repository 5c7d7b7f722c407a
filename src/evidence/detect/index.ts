// Fine-tuning detection over a change: the built-in catalogue per changed file, the policy's globs and
// labels, then the decision. Pure: the caller reads the files and the labels.
import picomatch from 'picomatch'
import type { Signal } from '../../engine/types.js'
import { BUILTIN_DETECTORS, POLICY_SIGNALS } from './catalogue.js'
import { decide } from './decide.js'
import { excludedBecause, isTestFile } from './exclusions.js'
import { hit, type DetectInput } from './types.js'
import { viewOf } from './view.js'

export type { DetectInput } from './types.js'
export { decide } from './decide.js'

import { PULL_REQUEST } from '../../engine/types.js'

export { PULL_REQUEST }

export interface DetectOptions {
  /** Whether the built-in catalogue runs (the policy's `detect.builtin`). */
  builtin: boolean
  /** The policy's `detect.paths`: a changed file matching one is a strong signal. */
  extraGlobs: string[]
  /** The policy's `detect.ignore`: matching files are never considered. */
  ignoreGlobs: string[]
  /**
   * The governance files (the manifest, the repository's policy): they describe fine-tuning, they do
   * not propose it, so they are never signals; MG003 and MG004 judge their changes.
   */
  governanceFiles?: readonly string[]
  /** The labels on the pull request. */
  labels: string[]
  /** The policy's `detect.labels`: any of them on the pull request is a strong signal. */
  labelTriggers: string[]
}

export interface Detection {
  detected: boolean
  signals: Signal[]
  why: string
}

export function detectFineTuning(inputs: readonly DetectInput[], options: DetectOptions): Detection {
  const ignored = matcher(options.ignoreGlobs)
  const governance = new Set((options.governanceFiles ?? []).map(normalise))
  const extra = options.extraGlobs.map((glob) => ({ glob, test: matcher([glob]) }))
  const signals: Signal[] = []
  for (const input of inputs) {
    const { path, status } = input.file
    if (status === 'removed' || ignored(path) || governance.has(normalise(path))) continue
    const glob = extra.find((g) => g.test(path))?.glob
    if (glob !== undefined) signals.push(hit(POLICY_SIGNALS['policy-path'], path, undefined, `\`${glob}\``))
    if (options.builtin) signals.push(...builtinSignals(input))
  }
  const present = new Set(options.labels.map((l) => l.toLowerCase()))
  for (const trigger of options.labelTriggers) {
    if (present.has(trigger.toLowerCase())) {
      signals.push(hit(POLICY_SIGNALS['policy-label'], PULL_REQUEST, undefined, `\`${trigger}\``))
    }
  }
  const unique = dedupe(signals)
  return { ...decide(unique), signals: unique }
}

/** The built-in signals of one changed file (none for prompt and eval configs). */
export function builtinSignals(input: DetectInput): Signal[] {
  const view = viewOf(input)
  if (excludedBecause(view) !== undefined) return []
  const specific = BUILTIN_DETECTORS.filter((d) => !d.fallback).flatMap((d) => d.detect(input))
  const signals = specific.some((s) => s.strength === 'strong')
    ? specific
    : [...specific, ...BUILTIN_DETECTORS.filter((d) => d.fallback).flatMap((d) => d.detect(input))]
  return isTestFile(view.path) ? signals.map(inATest) : signals
}

/** A test exercises training code against mocks or tiny models; it does not run a fine-tune by itself. */
function inATest(signal: Signal): Signal {
  return signal.strength === 'strong'
    ? { ...signal, strength: 'medium', reason: `${signal.reason} (in a test file)` }
    : signal
}

// A path option may be written "./model-governance.yml"; git and the API never write the "./".
function normalise(path: string): string {
  return path.replace(/^(?:\.\/)+/, '')
}

function matcher(globs: readonly string[]): (path: string) => boolean {
  return globs.length === 0 ? () => false : picomatch(globs as string[], { dot: true })
}

function dedupe(signals: readonly Signal[]): Signal[] {
  const seen = new Set<string>()
  return signals.filter((s) => {
    const key = `${s.id}\u0000${s.file}\u0000${s.line ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
