// Adapter configs named adapter_config.json: PEFT's (`peft_type`) and MLX-LM's (`fine_tune_type`,
// `lora_parameters`). Only training writes them, so a new or changed one is strong evidence.
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf } from './view.js'

const S = defineSignals('peft', {
  'peft-adapter-config': { strength: 'strong', reason: 'PEFT adapter config' },
  'mlx-adapter-config': { strength: 'strong', reason: 'MLX-LM adapter config' }
})

const PEFT_KEY = /"peft_type"\s*:\s*"([A-Z0-9_]+)"/
const MLX_KEY = /"(?:fine_tune_type|lora_parameters)"\s*:/

export const peft = defineDetector('peft', S, (input) => {
  const view = viewOf(input)
  if (view.name !== 'adapter_config.json' || !view.touched || !view.hasText) return []
  for (const { line, text } of view.lines) {
    const m = PEFT_KEY.exec(text)
    if (m) return [hit(S['peft-adapter-config'], view.path, line, `\`peft_type: ${m[1] ?? ''}\``)]
  }
  const mlx = view.lines.find((l) => MLX_KEY.test(l.text))
  return mlx ? [hit(S['mlx-adapter-config'], view.path, mlx.line)] : []
})
