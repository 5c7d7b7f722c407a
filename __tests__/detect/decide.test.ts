// The decision rule's thresholds: 1 strong; or medium in 2 files; or 1 medium + weak in 2 other files.
import { describe, expect, it } from '@jest/globals'
import { decide } from '../../src/evidence/detect/decide.js'
import type { Signal } from '../../src/engine/types.js'

function s(strength: Signal['strength'], file: string, id = `${strength}-signal`): Signal {
  return { id, strength, file, line: 1, reason: 'r' }
}

describe('decide', () => {
  it.each<[string, Signal[], boolean]>([
    ['nothing', [], false],
    ['one strong', [s('strong', 'a')], true],
    ['one medium', [s('medium', 'a')], false],
    ['two medium in one file', [s('medium', 'a', 'x'), s('medium', 'a', 'y')], false],
    ['medium in two files', [s('medium', 'a'), s('medium', 'b')], true],
    ['medium + one weak', [s('medium', 'a'), s('weak', 'b')], false],
    [
      'medium + two weak in one other file',
      [s('medium', 'a'), s('weak', 'b', 'x'), s('weak', 'b', 'y')],
      false
    ],
    [
      'medium + weak in the same file and one other',
      [s('medium', 'a'), s('weak', 'a'), s('weak', 'b')],
      false
    ],
    ['medium + weak in two other files', [s('medium', 'a'), s('weak', 'b'), s('weak', 'c')], true],
    ['weak in many files', [s('weak', 'a'), s('weak', 'b'), s('weak', 'c'), s('weak', 'd')], false]
  ])('%s', (_name, signals, detected) => {
    expect(decide(signals).detected).toBe(detected)
  })

  it('explains what decided, with file and line', () => {
    expect(decide([s('strong', 'cfg.yml', 'axolotl-config')]).why).toBe(
      'strong signal axolotl-config at cfg.yml:1'
    )
    expect(decide([s('medium', 'a', 'm1'), s('medium', 'b', 'm2')]).why).toBe(
      'medium signals in 2 files: m1 (a:1), m2 (b:1)'
    )
    expect(decide([s('medium', 'a')]).why).toMatch(
      /^not enough evidence \(1 file\(s\) with medium and 0 with weak/
    )
    expect(decide([]).why).toBe('no fine-tuning signals')
  })
})
