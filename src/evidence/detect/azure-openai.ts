// Azure OpenAI and Azure ML fine-tuning: REST job creation, Azure ML `type: finetuning` jobs, pipeline jobs
// that run a registry's fine-tuning component, and the
// `azure.ai.ml.finetuning` SDK, and fine-tuned deployment names `<base>.ft-<32 hex>` (a bare `.ft-` is a
// CSS class, hence the 32 hex digits). The OpenAI SDK call through `AzureOpenAI` is openai-ft-job.
import type { Signal } from '../../engine/types.js'
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf, type FileView } from './view.js'

const S = defineSignals('azure-openai', {
  'azure-openai-ft-job': { strength: 'strong', reason: 'Azure OpenAI fine-tuning job created' },
  'azureml-finetuning-job': { strength: 'strong', reason: 'Azure ML fine-tuning job' },
  'azure-openai-ft-model-id': {
    strength: 'medium',
    reason: 'Azure fine-tuned model name written (deploys a tuned model)'
  }
})

const REST_JOBS = /\/openai\/fine_tuning\/jobs(?![\w/-])/
const SDK_JOB = /\bcreate_finetuning_job\s*\(/
const FINETUNE_COMPONENT = /\/components\/[\w-]*fine[-_]?tun/i
const FT_NAME = /[\w-]\.ft-[0-9a-f]{32}(?![0-9A-Za-z_])/

export const azureOpenai = defineDetector('azure-openai', S, (input) => {
  const view = viewOf(input)
  const out: Signal[] = []
  if (view.kind === 'yaml' && view.touched) {
    const type = view.yaml.get('type')
    if (type?.value === 'finetuning' && (view.yaml.has('training_data') || view.yaml.has('model'))) {
      out.push(hit(S['azureml-finetuning-job'], view.path, type.line))
    }
    // A pipeline job that runs a registry's fine-tuning component (`.../components/openai_completions_finetune/...`).
    const component = view.yaml.keys.find(
      (k) => k.path.endsWith('component') && FINETUNE_COMPONENT.test(k.value) && view.isAdded(k.line)
    )
    if (component && type?.value === 'pipeline' && out.length === 0) {
      out.push(hit(S['azureml-finetuning-job'], view.path, component.line, 'fine-tuning component'))
    }
  }
  if (view.isCode) {
    const rest = view.firstAdded(REST_JOBS)
    if (rest && view.codeHas(/\btraining_file\b/))
      out.push(hit(S['azure-openai-ft-job'], view.path, rest.line))
    const sdk = view.firstAdded(SDK_JOB)
    if (sdk && view.codeHas(/\bazure\.ai\.ml\b/))
      out.push(hit(S['azureml-finetuning-job'], view.path, sdk.line))
  }
  const name = modelName(view)
  if (name) out.push(name)
  return out
})

function modelName(view: FileView): Signal | undefined {
  if (!view.isCode && view.kind !== 'json') return undefined
  for (const { line, text } of view.addedText) {
    const m = FT_NAME.exec(text)
    if (!m) continue
    let start = m.index
    while (start > 0 && m.index - start < 100 && /[\w.-]/.test(text[start - 1] ?? '')) start--
    return hit(
      S['azure-openai-ft-model-id'],
      view.path,
      line,
      `\`${text.slice(start, m.index + m[0].length)}\``
    )
  }
  return undefined
}
