// The decision rule's thresholds: files weigh their strongest signal (strong 1, medium 0.6, weak 0.3, a weak
// kind in two files at most), and fine-tuning is detected at 1.
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
    // The shards of one model's weights: one kind of weak evidence, however many files.
    ['one weak kind in many files', [s('weak', 'a'), s('weak', 'b'), s('weak', 'c'), s('weak', 'd')], false],
    ['weak of three kinds', [s('weak', 'a', 'x'), s('weak', 'b', 'y'), s('weak', 'c', 'z')], false],
    [
      'weak of several kinds in four files',
      [s('weak', 'a', 'x'), s('weak', 'b', 'y'), s('weak', 'c', 'z'), s('weak', 'd', 'x')],
      true
    ],
    [
      'two medium and nothing else in a third file',
      [s('medium', 'a'), s('medium', 'b'), s('weak', 'c')],
      true
    ]
  ])('%s', (_name, signals, detected) => {
    expect(decide(signals).detected).toBe(detected)
  })

  it('explains what decided, with file and line', () => {
    expect(decide([s('strong', 'cfg.yml', 'axolotl-config')]).why).toBe(
      'strong signal axolotl-config at cfg.yml:1'
    )
    expect(decide([s('medium', 'a', 'm1'), s('medium', 'b', 'm2')]).why).toBe(
      'signals in 2 files add up to 1.2: medium m1 (a:1), medium m2 (b:1)'
    )
    expect(decide([s('medium', 'a'), s('weak', 'b', 'w')]).why).toBe(
      'not enough evidence (signals in 2 files add up to 0.9: medium medium-signal (a:1), weak w (b:1)); fine-tuning needs 1 strong signal, or files whose strongest signals add up to 1 (strong 1, medium 0.6, weak 0.3)'
    )
    expect(decide([]).why).toBe('no fine-tuning signals')
  })
})
