// Small builders for detection tests: a file the change adds, or modifies at given lines.
import { describe, expect, it } from '@jest/globals'
import { builtinSignals } from '../../src/evidence/detect/index.js'
import type { DetectInput } from '../../src/evidence/detect/types.js'
import type { Signal } from '../../src/engine/types.js'
import { asAdded } from './corpus.js'

/** Lines joined with newlines, so fixtures read like files. */
export function lines(...text: string[]): string {
  return text.join('\n')
}

/** A new file: every line added. */
export function added(path: string, content: string): DetectInput {
  return asAdded(path, content)
}

/** A modified file whose change adds only the given head lines. */
export function modified(path: string, content: string, addedAt: readonly number[]): DetectInput {
  const all = content.split('\n')
  const addedLines = addedAt.map((line) => ({ line, text: all[line - 1] ?? '' }))
  return { file: { path, status: 'modified', addedLines }, content }
}

/** The built-in signals of one file. */
export function signalsOf(input: DetectInput): Signal[] {
  return builtinSignals(input)
}

/** `id@line` for each built-in signal of one file. */
export function hitsOf(input: DetectInput): string[] {
  return signalsOf(input).map((s) => `${s.id}@${s.line ?? '-'}`)
}

/** One ecosystem case: a true positive (its signal and line) and a near-miss that must stay silent. */
export interface EcosystemCase {
  ecosystem: string
  positive: { path: string; content: string; hit: string }
  nearMiss: { path: string; content: string }
}

/** Each case's true positive fires its signal at its line, and its near-miss stays silent. */
export function describeCases(cases: readonly EcosystemCase[], title = '$ecosystem'): void {
  describe.each(cases)(title, ({ positive, nearMiss }) => {
    it('fires on its true positive at the evidence line', () => {
      expect(hitsOf(added(positive.path, positive.content))).toContain(positive.hit)
    })

    it('stays silent on its near-miss', () => {
      expect(hitsOf(added(nearMiss.path, nearMiss.content))).toEqual([])
    })
  })
}
