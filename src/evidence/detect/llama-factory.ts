// LLaMA-Factory: training YAML (`stage` + `do_train: true` or `finetuning_type`) and dataset registry
// edits. Inference (`llamafactory-cli chat`), merge/export and predict-only configs do not fire.
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf } from './view.js'

const S = defineSignals('llama-factory', {
  'llamafactory-config': { strength: 'strong', reason: 'LLaMA-Factory training config' },
  'llamafactory-dataset-info': { strength: 'medium', reason: 'LLaMA-Factory dataset registry entry added' }
})

const STAGES = new Set(['pt', 'sft', 'rm', 'ppo', 'dpo', 'kto'])
const REGISTRY_KEY = /"(file_name|hf_hub_url|ms_hub_url|om_hub_url)"\s*:/

export const llamaFactory = defineDetector('llama-factory', S, (input) => {
  const view = viewOf(input)
  if (view.name === 'dataset_info.json' && view.touched) {
    const line = view.firstAdded(REGISTRY_KEY)
    return line ? [hit(S['llamafactory-dataset-info'], view.path, line.line)] : []
  }
  if (view.kind !== 'yaml' || !view.touched) return []
  const y = view.yaml
  const stage = y.get('stage')
  if (!stage || !STAGES.has(stage.value)) return []
  const train = y.isTrue('do_train')
  const explicitNo = y.has('do_train') && !train
  const predictOnly = !train && (y.isTrue('do_predict') || y.isTrue('do_eval'))
  if (explicitNo || predictOnly || !(train || y.has('finetuning_type'))) return []
  const type = y.get('finetuning_type')?.value
  return [
    hit(
      S['llamafactory-config'],
      view.path,
      stage.line,
      `\`stage: ${stage.value}\`${type ? `, ${type}` : ''}`
    )
  ]
})
