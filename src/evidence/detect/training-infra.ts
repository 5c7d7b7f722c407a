// Distributed-training configs: DeepSpeed JSON (`zero_optimization`) and Hugging Face accelerate YAML.
// Weak: big-model inference uses them too.
import type { Signal } from '../../engine/types.js'
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf } from './view.js'

const S = defineSignals('training-infra', {
  'deepspeed-config': { strength: 'weak', reason: 'DeepSpeed config' },
  'accelerate-config': { strength: 'weak', reason: 'accelerate config' }
})

const ZERO = /"zero_optimization"\s*:/

export const trainingInfra = defineDetector('training-infra', S, (input): Signal[] => {
  const view = viewOf(input)
  if (!view.touched || !view.hasText) return []
  if (view.kind === 'json') {
    const line = view.lines.find((l) => ZERO.test(l.text))
    return line ? [hit(S['deepspeed-config'], view.path, line.line)] : []
  }
  if (view.kind === 'yaml') {
    const type = view.yaml.get('distributed_type')
    if (type && view.yaml.has('compute_environment')) {
      return [hit(S['accelerate-config'], view.path, type.line, `\`distributed_type: ${type.value}\``)]
    }
  }
  return []
})
