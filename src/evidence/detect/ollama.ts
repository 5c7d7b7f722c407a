// Ollama Modelfiles: `ADAPTER` applies a fine-tuned LoRA adapter to the base model (using a tuned model);
// `FROM ./local.gguf` often loads a merged fine-tune. A persona (`FROM llama3.1` + SYSTEM/PARAMETER/
// TEMPLATE) is a prompt change and does not fire.
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf } from './view.js'

const S = defineSignals('ollama', {
  'ollama-adapter': { strength: 'medium', reason: 'Ollama Modelfile applies a fine-tuned adapter' },
  'ollama-tuned-model': {
    strength: 'medium',
    reason: 'Ollama Modelfile loads a local fine-tuned model file'
  },
  'ollama-local-model': { strength: 'weak', reason: 'Ollama Modelfile loads a local model file' }
})

const ADAPTER = /^\s*ADAPTER\s+(\S+)/i
const FROM = /^\s*FROM\s+(\S+)/i
const LOCAL = /^(?:\.{1,2}\/|\/|~)|\.(?:gguf|safetensors|bin)$/i
const TUNED_NAME = /unsloth|fine-?tun|lora|sft|dpo|adapter|(?:^|[^a-z])ft(?:[^a-z]|$)/i

export const ollama = defineDetector('ollama', S, (input) => {
  const view = viewOf(input)
  if (view.kind !== 'modelfile') return []
  for (const { line, text } of view.addedCode) {
    const adapter = ADAPTER.exec(text)
    if (adapter) return [hit(S['ollama-adapter'], view.path, line, `\`ADAPTER ${adapter[1] ?? ''}\``)]
  }
  for (const { line, text } of view.addedCode) {
    const from = FROM.exec(text)?.[1]
    if (from === undefined || !LOCAL.test(from)) continue
    const def = TUNED_NAME.test(from) ? S['ollama-tuned-model'] : S['ollama-local-model']
    return [hit(def, view.path, line, `\`FROM ${from}\``)]
  }
  return []
})
