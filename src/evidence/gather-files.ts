// Gathers the file evidence the checked models call for, once and up front, so the rules stay pure:
// the digest of every dataset a checked fine-tune model names by `path` (MG102), and what the
// repository holds at the other paths the checked models name (rollback procedure, evaluation
// results and baseline, prompt baseline). Paths are keys exactly as the manifest writes them.
import type { DatasetDigest, FileFact } from '../engine/evidence.js'
import type { CheckedModel } from '../engine/rule.js'
import type { Manifest } from '../manifest/types.js'
import { hasUrlScheme } from '../shared/repo-path.js'
import { describeDigest, digestDataset } from './datasets/digest.js'
import { describeError, RepoFileError, type RepoFiles } from './repo-files.js'

export interface FileEvidence {
  datasets: Map<string, DatasetDigest>
  files: Map<string, FileFact>
  /** One line per dataset read (hashed, or an LFS pointer), for the action and the CLI to print. */
  log: string[]
}

/** The repository paths a model names besides its datasets. */
function otherPaths(model: CheckedModel): string[] {
  const { entry } = model
  const procedure = entry.rollback?.procedure
  return [
    // The procedure is a repository path or an https URL; a URL is not a file to look for.
    procedure !== undefined && !hasUrlScheme(procedure) ? procedure : undefined,
    entry.evaluation?.results,
    entry.evaluation?.baseline,
    entry.justification?.evidence?.prompt_baseline
  ].filter((path): path is string => path !== undefined)
}

async function statOf(files: RepoFiles, path: string): Promise<FileFact> {
  try {
    return await files.stat(path)
  } catch (error) {
    if (error instanceof RepoFileError) return error.fact
    // An I/O or git error: the rule fails closed on it.
    return { kind: 'unavailable', reason: describeError(error) }
  }
}

export async function gatherFileEvidence(
  files: RepoFiles,
  manifest: Manifest | undefined,
  models: readonly CheckedModel[]
): Promise<FileEvidence> {
  const evidence: FileEvidence = { datasets: new Map(), files: new Map(), log: [] }
  if (manifest === undefined) return evidence
  // One dataset at a time: hashing is bound by the disk and one core, and memory stays flat.
  for (const model of models) {
    if (model.entry.approach !== 'fine-tune') continue
    for (const dataset of model.entry.datasets ?? []) {
      const path = dataset.path
      if (path === undefined || evidence.datasets.has(path)) continue
      const digest = await digestDataset(files, path)
      evidence.datasets.set(path, digest)
      const line = describeDigest(path, digest)
      if (line !== undefined) evidence.log.push(line)
    }
  }
  for (const model of models) {
    for (const path of otherPaths(model)) {
      if (!evidence.files.has(path)) evidence.files.set(path, await statOf(files, path))
    }
  }
  return evidence
}
