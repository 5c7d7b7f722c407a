// Fine-tuning jobs started through any SDK or wrapper, by what the call says: a call chain that names
// fine-tuning, tuning, a training job or a customization job, and whose last step creates, starts,
// submits, launches or runs it (`client.supervised_fine_tuning_jobs.create(`, `run_finetuning_job(`,
// `replicate.trainings.create(`, `aiplatform.CustomContainerTrainingJob(`, `manager.create_job(` on a
// `FinetuningManager()`), and DSPy optimizers that train weights (`BootstrapFinetune`, `BetterTogether`,
// `GRPO`), a POST to a REST collection of fine-tuning jobs (`/fine_tuning/jobs`, `/fineTuningJobs`,
// `/tuningJobs` ...), and a job object built for a tuning pipeline (`PipelineJob(template_path=
// ".../tune-text-embedding-model")`). Listing, retrieving, cancelling or pricing a job, and preparing
// its data, do not fire. The
// providers' own detectors name the common calls more precisely; this one catches the rest.
import type { Signal } from '../../engine/types.js'
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf, type FileView } from './view.js'

const S = defineSignals('fine-tuning-api', {
  'ft-job-call': { strength: 'strong', reason: 'fine-tuning job started' },
  'ft-job-rest': { strength: 'strong', reason: 'fine-tuning job created through a REST API' },
  'dspy-weight-optimizer': { strength: 'strong', reason: 'DSPy optimizer that fine-tunes weights' }
})

const CHAIN = /\b(?:[A-Za-z_]\w*\s*\.\s*)*[A-Za-z_]\w*(?=\s*\()/g
/** What the chain is about: fine-tuning, tuning, or a training or customization job. */
const SUBJECT =
  /fine_?tun|finetun|tuning|(?:training|customi[sz]ation)_?(?:job|run)|(?:^|\.)trainings?(?:\.|$)/
/** What its last step does to it. */
const VERB = /^(?:create|new|start|submit|launch|run|tune|train|fine_?tune|begin|kick_?off)/
/** Preparing, inspecting or pricing, not starting. */
const NOT_A_START =
  /data|file|example|prompt|cost|estimat|price|report|eval|valid|check|status|list|get|cancel|delete|wait|poll|tuned/
const CLIENT_ASSIGNMENT =
  /\b([A-Za-z_]\w*)\s*=\s*(?:[A-Za-z_]\w*\.)*(\w*(?:Fine_?[Tt]un|Finetun|finetun|Tuning)\w*|Lamini)\s*\(/g
/** A function being defined, not called. */
const DEFINITION = /\b(?:def|function)\s+$/
/** A REST collection of fine-tuning jobs, whatever the provider. */
const JOBS_ENDPOINT =
  /\/(?:fine_tuning\/jobs|fine[-_]tunes|fine[-_]?tuning[-_]?jobs|(?:supervised|reinforcement)?fine[-_]?tuning[-_]?jobs|tuningJobs|model-customization-jobs)\b/i
const POSTS =
  /\b(?:requests|httpx|session|client|axios)\.post\s*\(|\bmethod\s*[:=]\s*["']POST["']|-X\s*POST\b|\bfetch\s*\(/
/** A job object built for a tuning pipeline or template (`PipelineJob(template_path=".../tune-...")`). */
const JOB_CONSTRUCTOR = /\b[A-Z]\w*Job\s*\(/
const TUNING_ARGUMENT = /fine[-_]?tun|finetun|tuning|\btune[-_]/i
/** What starts a job object once built. */
const RUNS_JOB = /\.(?:run|submit|start)\s*\(/
const DSPY_WEIGHTS = /\b(?:dspy\.)?(?:BootstrapFinetune|BetterTogether|GRPO|ArborGRPO)\s*\(/
const DSPY = /\b(?:dspy|arbor)\b/

export const jobCalls = defineDetector(
  'fine-tuning-api',
  S,
  (input): Signal[] => {
    const view = viewOf(input)
    if (!view.isCode || view.kind === 'yaml' || view.kind === 'toml') return []
    const dspy = view.firstAdded(DSPY_WEIGHTS)
    if (dspy && view.codeHas(DSPY)) {
      const name = DSPY_WEIGHTS.exec(dspy.text)?.[0].replace(/\s*\($/, '') ?? ''
      return [hit(S['dspy-weight-optimizer'], view.path, dspy.line, `\`${name}\``)]
    }
    const call = startCall(view)
    if (call) return [hit(S['ft-job-call'], view.path, call.line, `\`${call.chain}(...)\``)]
    const rest = view.firstAdded(JOBS_ENDPOINT)
    if (rest && view.codeHas(POSTS)) {
      return [hit(S['ft-job-rest'], view.path, rest.line, `\`${JOBS_ENDPOINT.exec(rest.text)?.[0] ?? ''}\``)]
    }
    const job = view.codeHas(RUNS_JOB)
      ? view.statements.find((l) => l.added && JOB_CONSTRUCTOR.test(l.text) && TUNING_ARGUMENT.test(l.text))
      : undefined
    return job
      ? [hit(S['ft-job-call'], view.path, job.line, `\`${JOB_CONSTRUCTOR.exec(job.text)?.[0] ?? ''}...)\``)]
      : []
  },
  { fallback: true }
)

function startCall(view: FileView): { line: number; chain: string } | undefined {
  const clients = clientNames(view)
  const runsJobs = view.codeHas(RUNS_JOB)
  for (const { line, text, added } of view.code) {
    if (!added) continue
    for (const m of text.matchAll(CHAIN)) {
      if (DEFINITION.test(text.slice(Math.max(0, m.index - 16), m.index))) continue
      const chain = m[0].replace(/\s+/g, '')
      if (startsJob(chain, clients, runsJobs)) return { line, chain }
    }
  }
  return undefined
}

function startsJob(chain: string, clients: ReadonlySet<string>, runsJobs: boolean): boolean {
  const steps = chain.split('.')
  const last = steps[steps.length - 1] ?? ''
  const lower = chain.toLowerCase()
  const about = SUBJECT.test(lower) || clients.has(steps[0] ?? '')
  if (!about) return false
  // A job class built, and then run or submitted: `CustomContainerTrainingJob(...)` ... `job.submit(`.
  // Built alone, it may only read an existing job (`SupervisedTuningJob("projects/.../tuningJobs/1")`).
  if (/^[A-Z]\w*Job$/.test(last)) return SUBJECT.test(last.toLowerCase()) && runsJobs
  const verb = last.toLowerCase()
  return VERB.test(verb) && !NOT_A_START.test(verb)
}

/** Names bound to a fine-tuning client or manager: `manager = FinetuningManager()`, `llm = Lamini(...)`. */
function clientNames(view: FileView): Set<string> {
  const names = new Set<string>()
  for (const { text } of view.code) for (const m of text.matchAll(CLIENT_ASSIGNMENT)) names.add(m[1] ?? '')
  return names
}
