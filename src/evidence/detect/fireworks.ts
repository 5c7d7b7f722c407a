// Fireworks AI fine-tuning jobs created with `firectl` (supervised, reinforcement or legacy fine-tuning
// jobs). `firectl list` / `get` / `deploy` do not fire.
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf } from './view.js'

const S = defineSignals('fireworks', {
  'fireworks-ft-job': { strength: 'strong', reason: 'Fireworks fine-tuning job created' }
})

const CREATE =
  /\bfirectl\s+(?:create\s+(?:sftj|rftj|dpoj|supervised-fine-tuning-job|reinforcement-fine-tuning-job|fine-tuning-job)|(?:supervised|reinforcement)-fine-tuning-job\s+create)\b/

export const fireworks = defineDetector('fireworks', S, (input) => {
  const view = viewOf(input)
  if (!view.isCode) return []
  const line = view.firstAdded(CREATE)
  return line ? [hit(S['fireworks-ft-job'], view.path, line.line)] : []
})
