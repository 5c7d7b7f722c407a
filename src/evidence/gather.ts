// Gathering the evidence a run needs, once and up front, for the models it checks. Both faces call
// this with their own sources (the action's checkout or API, the CLI's working tree or commit).
import { emptyEvidence, type Evidence } from '../engine/evidence.js'
import { checkedModels } from '../engine/run.js'
import type { Scope } from '../engine/types.js'
import type { ParsedManifest } from '../manifest/types.js'
import type { Policy } from '../policy/types.js'
import { gatherFileEvidence } from './gather-files.js'
import type { RepoFiles } from './repo-files.js'

export interface GatherInput {
  manifest: ParsedManifest | undefined
  /** The base branch's manifest, where authority comes from; undefined when it has none or it is invalid. */
  baseManifest: ParsedManifest | undefined
  /** The repository path of the policy the run read; undefined for the built-in or a remote policy. */
  policyFile: string | undefined
  policy: Policy
  scope: Scope
  /** The head's files (the checkout, the working tree, or a commit). */
  files: RepoFiles
  log: (line: string) => void
}

export async function gatherEvidence(input: GatherInput): Promise<Evidence> {
  const base = input.baseManifest?.manifest
  const evidence: Evidence = {
    ...emptyEvidence(),
    ...(base !== undefined && { baseManifest: base, baseParsed: input.baseManifest }),
    ...(input.policyFile !== undefined && { policyFile: input.policyFile })
  }
  const manifest = input.manifest?.manifest
  if (!manifest) return evidence
  const models = checkedModels(manifest, input.policy, input.scope, evidence.touchedModels)
  const found = await gatherFileEvidence(input.files, manifest, models)
  for (const line of found.log) input.log(line)
  return { ...evidence, datasets: found.datasets, files: found.files }
}
