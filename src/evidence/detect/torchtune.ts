// torchtune recipe configs: torchtune components, a dataset, and an optimizer or a loss. The evaluation,
// generation and quantization configs have a model and a checkpointer but no optimizer or dataset.
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf } from './view.js'

const S = defineSignals('torchtune', {
  'torchtune-config': { strength: 'strong', reason: 'torchtune training config' }
})

const ADAPTER_MODEL = /^torchtune\.models\.[\w.]*\.(q?lora_|dora_)\w*$/

export const torchtune = defineDetector('torchtune', S, (input) => {
  const view = viewOf(input)
  if (view.kind !== 'yaml' || !view.touched) return []
  const y = view.yaml
  const components = y.keys.filter((k) => k.path.endsWith('_component_') && k.value.startsWith('torchtune.'))
  if (components.length < 2 || !y.has('dataset') || !(y.has('optimizer') || y.has('loss'))) return []
  const model = y.get('model._component_')
  if (model && ADAPTER_MODEL.test(model.value)) {
    return [hit(S['torchtune-config'], view.path, model.line, `adapter model \`${model.value}\``)]
  }
  const anchor = y.first('optimizer', 'loss') ?? components[0]
  return [hit(S['torchtune-config'], view.path, anchor?.line, 'dataset, optimizer and loss')]
})
