// Instruction-tuning rows in JSON Lines other than OpenAI's chat format: Alpaca `instruction`/`output`,
// `prompt`/`completion`, Gemini `contents` with a model turn, Bedrock conversation rows. Weak, and only
// where the path names training data: evaluation sets use the same shapes.
import { firstRow, isObject, isTrainingPath } from './jsonl.js'
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf } from './view.js'

const S = defineSignals('training-data', {
  'instruction-jsonl': { strength: 'weak', reason: 'instruction-tuning training JSONL' }
})

function isInstructionRow(r: Record<string, unknown>): boolean {
  if ('instruction' in r && 'output' in r) return true
  if (typeof r['prompt'] === 'string' && typeof r['completion'] === 'string') return true
  if (r['schemaVersion'] === 'bedrock-conversation-2024') return true
  const contents = r['contents']
  return Array.isArray(contents) && contents.some((c) => isObject(c) && c['role'] === 'model')
}

export const trainingData = defineDetector('training-data', S, (input) => {
  const view = viewOf(input)
  if (view.kind !== 'jsonl' || !isTrainingPath(view.path)) return []
  const row = firstRow(view, isInstructionRow)
  return row ? [hit(S['instruction-jsonl'], view.path, row.line)] : []
})
