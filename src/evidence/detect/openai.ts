// OpenAI fine-tuning: job creation (Python, Node, REST, legacy SDK and CLI), training-file uploads,
// fine-tuned `ft:` model ids newly written into code or config (deploying a tuned model), and chat- and
// preference-format training JSONL. Listing or retrieving jobs does not fire.
import { firstRow, hasAssistantTurn, isTrainingPath } from './jsonl.js'
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf, type FileView } from './view.js'
import type { Signal } from '../../engine/types.js'

const S = defineSignals('openai', {
  'openai-ft-job': { strength: 'strong', reason: 'OpenAI fine-tuning job created' },
  'openai-ft-upload': { strength: 'strong', reason: 'training file uploaded for fine-tuning' },
  'openai-ft-model-id': { strength: 'medium', reason: 'fine-tuned model id written (deploys a tuned model)' },
  'openai-chat-jsonl': { strength: 'weak', reason: 'chat-format training JSONL' },
  'openai-preference-jsonl': { strength: 'weak', reason: 'preference-format training JSONL' }
})

const JOB_CALLS: readonly RegExp[] = [
  /\bfine_tuning\.jobs\.create\s*\(/,
  /\bfineTuning\.jobs\.create\s*\(/,
  /\bFineTuningJob\.create\s*\(/,
  /\bFineTune\.create\s*\(/,
  // The Go SDK.
  /\bFineTuning\.Jobs\.New\s*\(/,
  /\bopenai\s+api\s+fine_tun(?:es|ing\.jobs)\.create\b/
]
const REST_JOBS = /\/v1\/fine_tuning\/jobs(?![\w/-])/
const OTHER_SDK = /\bmistralai\b/
const UPLOAD = /\bpurpose\s*[=:]\s*["']fine-tune["']/
export const FT_MODEL_ID =
  /\bft:[A-Za-z0-9._-]+:[A-Za-z0-9_-]*:[A-Za-z0-9_.-]*:[A-Za-z0-9]+(?::ckpt-step-\d+)?\b/

export const openai = defineDetector('openai', S, (input) => {
  const view = viewOf(input)
  if (view.kind === 'jsonl') return trainingJsonl(view)
  const out: Signal[] = []
  if (view.isCode) {
    const job = jobCall(view)
    if (job) out.push(job)
    const upload = view.firstAdded(UPLOAD)
    if (upload) out.push(hit(S['openai-ft-upload'], view.path, upload.line))
  }
  if (view.isCode || view.kind === 'json') {
    for (const { line, text } of view.addedText) {
      const id = FT_MODEL_ID.exec(text)
      if (id) {
        out.push(hit(S['openai-ft-model-id'], view.path, line, `\`${id[0]}\``))
        break
      }
    }
  }
  return out
})

function jobCall(view: FileView): Signal | undefined {
  if (view.codeHas(OTHER_SDK)) return undefined
  const call = view.addedCode.find((l) => JOB_CALLS.some((re) => re.test(l.text)))
  if (call) return hit(S['openai-ft-job'], view.path, call.line)
  const rest = view.firstAdded(REST_JOBS)
  if (rest && view.codeHas(/\btraining_file\b/)) return hit(S['openai-ft-job'], view.path, rest.line, 'REST')
  return undefined
}

function trainingJsonl(view: FileView): Signal[] {
  const preference = firstRow(
    view,
    (r) => ('preferred_output' in r && 'non_preferred_output' in r) || ('chosen' in r && 'rejected' in r)
  )
  if (preference) return [hit(S['openai-preference-jsonl'], view.path, preference.line)]
  if (!isTrainingPath(view.path)) return []
  const chat = firstRow(view, (r) => hasAssistantTurn(r['messages']))
  return chat ? [hit(S['openai-chat-jsonl'], view.path, chat.line)] : []
}
