// Unsloth: LoRA adapters attached with `FastLanguageModel.get_peft_model(` (or FastModel, FastVisionModel, FastSentenceTransformer) (usually in a notebook), and the
// merged or GGUF exports of a tuned model. Loading a model `for_inference` does not fire.
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf } from './view.js'

const S = defineSignals('unsloth', {
  'unsloth-peft': { strength: 'strong', reason: 'Unsloth attaches LoRA adapters for training' },
  'unsloth-export': { strength: 'medium', reason: 'Unsloth exports a merged or GGUF tuned model' }
})

const PEFT = /\bFast\w*\.get_peft_model\s*\(/
const EXPORT = /\.(?:save_pretrained_merged|save_pretrained_gguf|push_to_hub_merged|push_to_hub_gguf)\s*\(/

export const unsloth = defineDetector('unsloth', S, (input) => {
  const view = viewOf(input)
  if (view.kind !== 'python' && view.kind !== 'notebook') return []
  if (!view.codeHas(/\bunsloth\b/)) return []
  const peft = view.firstAdded(PEFT)
  if (peft) return [hit(S['unsloth-peft'], view.path, peft.line)]
  const exported = view.firstAdded(EXPORT)
  return exported ? [hit(S['unsloth-export'], view.path, exported.line)] : []
})
