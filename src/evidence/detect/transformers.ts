// Hugging Face Transformers' generic `Trainer`: a pretrained model trained with `TrainingArguments` and
// `.train()` is a fine-tune, LLM or not. An evaluate-only script has no `.train()` and does not fire.
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf } from './view.js'

const S = defineSignals('transformers', {
  'hf-trainer': { strength: 'strong', reason: 'Transformers Trainer fine-tunes a pretrained model' }
})

const TRAINER_CALL = /\b(?:Seq2Seq)?Trainer\s*\(/
const ARGS = /\b(?:Seq2Seq)?TrainingArguments\s*\(/
const PRETRAINED = /\.from_pretrained\s*\(/
const TRAIN_CALL = /\.train\s*\(/

export const transformers = defineDetector('transformers', S, (input) => {
  const view = viewOf(input)
  if (view.kind !== 'python' && view.kind !== 'notebook') return []
  const anchor = view.firstAdded(TRAINER_CALL)
  if (!anchor || !view.codeHas(/\btransformers\b/)) return []
  if (!view.codeHas(ARGS) || !view.codeHas(PRETRAINED) || !view.codeHas(TRAIN_CALL)) return []
  return [hit(S['hf-trainer'], view.path, anchor.line)]
})
