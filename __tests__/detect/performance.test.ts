// Detection is linear: a 5 MB single-line file (minified bundle, data dump, hostile input) takes well under
// a second whatever its kind, including inputs shaped to make a backtracking regex explode.
import { describe, expect, it } from '@jest/globals'
import { detectFineTuning } from '../../src/evidence/detect/index.js'
import { added } from './helpers.js'

const SIZE = 5 * 1024 * 1024
const OPTIONS = { builtin: true, extraGlobs: ['**/*.never'], ignoreGlobs: [], labels: [], labelTriggers: [] }

/** `unit` repeated to 5 MB on a single line. */
function line(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE)
}

const UNITS = [
  'a',
  ' ',
  'ft:a:',
  'x.ft-0123',
  '"\\"',
  '`{"messages":[',
  'tune run finetune ',
  'SFTTrainer( from trl .train( base_model: ',
  '/* # // """'
]

describe('performance', () => {
  it.each([
    'model.py',
    'bundle.min.ts.txt',
    'app.ts',
    'cfg.yaml',
    'rows_train.jsonl',
    'nb.ipynb',
    'run.sh',
    'main.tf'
  ])('processes a 5 MB single-line %s in under a second', (path) => {
    let slowest = 0
    for (const unit of UNITS) {
      const input = added(path, line(unit))
      const started = performance.now()
      detectFineTuning([input], OPTIONS)
      slowest = Math.max(slowest, performance.now() - started)
    }
    expect(slowest).toBeLessThan(1000)
  })
})
