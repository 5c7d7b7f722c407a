import { describe, expect, it } from '@jest/globals'
import type { Change, ChangedFile } from '../../../src/engine/evidence.js'
import rule from '../../../src/rules/data/mg106-dataset-undeclared.js'
import { check, COMPLETE } from '../context.js'

function change(...files: ChangedFile[]): { change: Change } {
  return { change: { available: true, source: 'git', files } }
}
const added = (path: string): ChangedFile => ({ path, status: 'added' })

describe('MG106 dataset-undeclared', () => {
  it('fires for a data file added under the model paths that is not a declared dataset', () => {
    const hits = check(rule, COMPLETE, { evidence: change(added('training/support-triage/extra.jsonl')) })
    expect(hits).toEqual([
      expect.objectContaining({
        model: 'support-triage',
        location: { file: 'training/support-triage/extra.jsonl', line: 1, column: 1 }
      })
    ])
  })

  it('is silent for the declared dataset, code or config under the paths, files elsewhere, and removals', () => {
    const evidence = change(
      { path: 'training/support-triage/train.jsonl', status: 'modified' },
      added('training/support-triage/train.py'),
      added('data/other.jsonl'),
      { path: 'training/support-triage/old.csv', status: 'removed' }
    )
    expect(check(rule, COMPLETE, { evidence })).toEqual([])
  })

  it('counts a file whose rows looked like training data, whatever its extension', () => {
    const evidence = {
      ...change(added('training/support-triage/rows.txt')),
      fineTuning: {
        detected: true,
        signals: [
          {
            id: 'chat-jsonl',
            strength: 'weak' as const,
            file: 'training/support-triage/rows.txt',
            reason: 'x'
          }
        ]
      }
    }
    expect(check(rule, COMPLETE, { evidence })).toHaveLength(1)
  })

  it('spares prompt models and runs without a change', () => {
    const prompt = COMPLETE.replace('approach: fine-tune', 'approach: prompt')
    expect(check(rule, prompt, { evidence: change(added('training/support-triage/extra.jsonl')) })).toEqual(
      []
    )
    expect(check(rule, COMPLETE)).toEqual([])
  })
})
