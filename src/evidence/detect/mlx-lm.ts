// MLX-LM LoRA configs (YAML): `train: true` with a fine-tune type or LoRA parameters. The same keys
// without `train: true` configure a test or generation run. MLX's adapter_config.json is in peft.ts.
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf } from './view.js'

const S = defineSignals('mlx-lm', {
  'mlx-lora-config': { strength: 'strong', reason: 'MLX-LM LoRA training config' }
})

export const mlxLm = defineDetector('mlx-lm', S, (input) => {
  const view = viewOf(input)
  if (view.kind !== 'yaml' || !view.touched) return []
  const y = view.yaml
  if (!y.isTrue('train') || !y.has('model')) return []
  const key =
    y.first('fine_tune_type', 'lora_parameters') ??
    (y.has('iters') && y.has('adapter_path') ? y.get('train') : undefined)
  if (!key) return []
  return [
    hit(
      S['mlx-lora-config'],
      view.path,
      key.line,
      key.value === '' ? `\`${key.path}\`` : `\`${key.path}: ${key.value}\``
    )
  ]
})
