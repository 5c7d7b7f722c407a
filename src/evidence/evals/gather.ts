// Reads the evaluation files the checked fine-tune models name (results, baseline, prompt baseline)
// once, up front, into EvalRead values keyed by repository path: a missing or unreadable file is a
// value too, so MG302 can fail closed.
import type { CheckedModel } from '../../engine/rule.js'
import { describeError, type RepoFiles } from '../repo-files.js'
import { MAX_RESULTS_BYTES, readEvalResults } from './read.js'
import type { EvalRead } from './types.js'

export async function gatherEvalReads(
  files: RepoFiles,
  models: readonly CheckedModel[]
): Promise<Map<string, EvalRead>> {
  const reads = new Map<string, EvalRead>()
  for (const { entry } of models) {
    if (entry.approach !== 'fine-tune') continue
    const format = entry.evaluation?.format ?? 'auto'
    const paths = [
      entry.evaluation?.results,
      entry.evaluation?.baseline,
      entry.justification?.evidence?.prompt_baseline
    ]
    for (const path of paths) {
      if (path === undefined || reads.has(path)) continue
      reads.set(path, await readOne(files, path, format))
    }
  }
  return reads
}

async function readOne(
  files: RepoFiles,
  path: string,
  format: Parameters<typeof readEvalResults>[2]
): Promise<EvalRead> {
  const fact = await files
    .stat(path)
    .catch((error: unknown) => ({ kind: 'unavailable' as const, reason: describeError(error) }))
  if (fact.kind === 'missing') return { ok: false, reason: 'the file does not exist' }
  if (fact.kind !== 'file') return { ok: false, reason: `the file was not read: ${fact.reason}` }
  if (fact.size > MAX_RESULTS_BYTES) {
    return { ok: false, reason: `the file is ${fact.size} bytes, over the ${MAX_RESULTS_BYTES}-byte limit` }
  }
  try {
    return readEvalResults(await files.head(path, MAX_RESULTS_BYTES), path, format)
  } catch (error) {
    return { ok: false, reason: `the file could not be read: ${describeError(error)}` }
  }
}
