// Gathering the evidence a run needs, once and up front, for the models it checks. Both faces call
// this with their own sources (the action's checkout or API, the CLI's working tree or commit).
import type { Change, Evidence } from '../engine/evidence.js'
import { emptyEvidence } from '../engine/evidence.js'
import { checkedModels } from '../engine/run.js'
import type { Scope } from '../engine/types.js'
import type { ParsedManifest } from '../manifest/types.js'
import type { Policy } from '../policy/types.js'
import { touchedModels } from './change/touched-models.js'
import { detectFineTuning, PULL_REQUEST, type DetectInput } from './detect/index.js'
import { gatherEvalReads } from './evals/gather.js'
import { gatherFileEvidence } from './gather-files.js'
import type { RepoFiles } from './repo-files.js'

/** Detection reads the head of each changed file: configs are small, and JSONL rows are judged early. */
const DETECT_BYTES_PER_FILE = 256 * 1024
/** A notebook more: its outputs (logs, images) often fill the first megabyte around the code cells. */
const DETECT_BYTES_PER_NOTEBOOK = 1024 * 1024

/** How much of a changed file detection reads. */
export function detectBytesFor(path: string): number {
  return path.toLowerCase().endsWith('.ipynb') ? DETECT_BYTES_PER_NOTEBOOK : DETECT_BYTES_PER_FILE
}
/** All changed files together: past this, detection sees paths and added lines only. */
const DETECT_BYTES_TOTAL = 64 * 1024 * 1024

export interface GatherInput {
  manifestFile: string
  manifest: ParsedManifest | undefined
  /** The base branch's manifest, where authority comes from; undefined when it has none or it is invalid. */
  baseManifest: ParsedManifest | undefined
  /** The repository path of the policy the run read; undefined for the built-in or a remote policy. */
  policyFile: string | undefined
  policy: Policy
  scope: Scope
  /** The change under review; undefined outside a change (an audit). */
  change: Change | undefined
  /** The pull request's labels (the policy's `detect.labels` may name them). */
  labels: readonly string[]
  /** The head's files (the checkout, the working tree, or a commit). */
  files: RepoFiles
  log: (line: string) => void
}

export async function gatherEvidence(input: GatherInput): Promise<Evidence> {
  const base = input.baseManifest?.manifest
  const head = input.manifest?.manifest
  let evidence: Evidence = {
    ...emptyEvidence(),
    ...(base !== undefined && { baseManifest: base, baseParsed: input.baseManifest }),
    ...(input.policyFile !== undefined && { policyFile: input.policyFile }),
    ...(input.change !== undefined && { change: input.change })
  }
  if (input.change?.available) {
    const { detect } = input.policy
    const started = Date.now()
    const fineTuning = detectFineTuning(await detectInputs(input.change, input.files), {
      builtin: detect.builtin,
      extraGlobs: detect.paths,
      ignoreGlobs: detect.ignore,
      governanceFiles: [input.manifestFile, ...(input.policyFile !== undefined ? [input.policyFile] : [])],
      labels: [...input.labels],
      labelTriggers: detect.labels
    })
    const files = input.change.files.length
    // The verdict itself is the engine's note; the log says what it cost.
    input.log(
      `Read ${files} changed file${files === 1 ? '' : 's'} for fine-tuning signals in ${Date.now() - started} ms.`
    )
    const signalFiles = fineTuning.signals.map((s) => s.file).filter((f) => f !== PULL_REQUEST)
    evidence = {
      ...evidence,
      fineTuning: { detected: fineTuning.detected, signals: fineTuning.signals, why: fineTuning.why },
      touchedModels: touchedModels(input.change.files, head, base, input.manifestFile, signalFiles)
    }
  }
  if (!head) return evidence
  const models = checkedModels(head, input.policy, input.scope, evidence.touchedModels)
  const found = await gatherFileEvidence(input.files, head, models)
  for (const line of found.log) input.log(line)
  const evals = await gatherEvalReads(input.files, models)
  return { ...evidence, datasets: found.datasets, files: found.files, evals }
}

async function detectInputs(
  change: Extract<Change, { available: true }>,
  files: RepoFiles
): Promise<DetectInput[]> {
  let budget = DETECT_BYTES_TOTAL
  const inputs: DetectInput[] = []
  for (const file of change.files) {
    if (file.status === 'removed' || budget <= 0) {
      inputs.push({ file })
      continue
    }
    const content = await files.head(file.path, detectBytesFor(file.path)).catch(() => undefined)
    budget -= content?.byteLength ?? 0
    inputs.push({ file, ...(content && { content: new TextDecoder().decode(content) }) })
  }
  return inputs
}
