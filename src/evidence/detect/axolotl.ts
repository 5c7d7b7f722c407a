// Axolotl training configs (YAML): `base_model` + `datasets` + an adapter, an RL method or trainer keys.
// A full fine-tune (`fft-8b.yaml`) has no `adapter`, hence the batch-size alternative.
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf } from './view.js'

const S = defineSignals('axolotl', {
  'axolotl-config': { strength: 'strong', reason: 'axolotl training config' }
})

const DISTINCTIVE = [
  'adapter',
  'rl',
  'lora_r',
  'micro_batch_size',
  'num_epochs',
  'gradient_accumulation_steps'
]

export const axolotl = defineDetector('axolotl', S, (input) => {
  const view = viewOf(input)
  if (view.kind !== 'yaml' || !view.touched) return []
  const y = view.yaml
  if (!y.has('base_model') || !y.has('datasets')) return []
  const key = y.first(...DISTINCTIVE)
  if (!key) return []
  const detail =
    key.path === 'adapter' && key.value === ''
      ? 'full fine-tune (no adapter)'
      : `\`${key.path}: ${key.value}\``
  return [hit(S['axolotl-config'], view.path, key.line, detail)]
})
