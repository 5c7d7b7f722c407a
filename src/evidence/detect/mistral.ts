// Mistral fine-tuning: `client.fine_tuning.jobs.create(` (or the 0.x SDK's `client.jobs.create(`) with the `mistralai` SDK (the OpenAI-shaped call
// is attributed here when the file uses Mistral's SDK), and the self-hosted mistral-finetune YAML.
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf } from './view.js'

const S = defineSignals('mistral', {
  'mistral-ft-job': { strength: 'strong', reason: 'Mistral fine-tuning job created' },
  'mistral-finetune-config': { strength: 'strong', reason: 'mistral-finetune training config' }
})

// The current SDK's `client.fine_tuning.jobs.create(`, and the 0.x SDK's `client.jobs.create(` (MistralClient);
// never `client.batch.jobs.create(`, which runs batch inference.
const JOB = /\b(?:fine_tuning|fineTuning)\.jobs\.create\s*\(|(?<!batch\.)\bjobs\.create\s*\(/

export const mistral = defineDetector('mistral', S, (input) => {
  const view = viewOf(input)
  if (view.kind === 'yaml' && view.touched) {
    const y = view.yaml
    const anchor = y.first('lora.rank', 'data.instruct_data')
    if (y.has('model_id_or_path') && y.has('run_dir') && anchor) {
      return [hit(S['mistral-finetune-config'], view.path, anchor.line, `\`${anchor.path}\``)]
    }
  }
  if (!view.isCode || !view.codeHas(/\bmistralai\b/)) return []
  const job = view.firstAdded(JOB)
  return job ? [hit(S['mistral-ft-job'], view.path, job.line)] : []
})
