// MG102: a dataset the manifest names by `path` is not the data that was declared (and approved).
// The evidence adapter streamed the file's SHA-256, or read its Git LFS pointer's oid without
// downloading; this rule compares it with the declared `sha256`. A file that is missing, refused
// (a symlink, outside the repository, not a regular file) or could not be read fails closed: an
// unverified checksum is never a pass. A dataset without `sha256` is MG101's finding, and a `uri`
// dataset's checksum is recorded, not verified (the gate does not fetch data from outside the repo).
// The tier does not matter here: a declared dataset with a declared checksum is always verified.
import type { DatasetDigest } from '../../engine/evidence.js'
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { FRAMEWORK_REFS } from '../frameworks.js'

const short = (sha: string): string => `${sha.slice(0, 12)}…`

type Lookup = DatasetDigest | { kind: 'no-datasets' } | { kind: 'not-gathered' }

// Keys are paths as the manifest writes them; a leading ./ is tolerated, as MG402 does for files.
function lookup(datasets: ReadonlyMap<string, DatasetDigest> | undefined, path: string): Lookup {
  if (datasets === undefined) return { kind: 'no-datasets' }
  return datasets.get(path) ?? datasets.get(path.replace(/^(?:\.\/)+/, '')) ?? { kind: 'not-gathered' }
}

export default defineRule({
  meta: {
    id: 'MG102',
    name: 'dataset-checksum-mismatch',
    family: 'data',
    defaultSeverity: 'error',
    summary:
      "A dataset's `path` is missing, or its content (or its Git LFS pointer's oid) does not match `sha256`.",
    frameworks: FRAMEWORK_REFS.MG102
  },
  check({ models, evidence, locate }) {
    const hits: RuleHit[] = []
    for (const { index, entry } of models) {
      if (entry.approach !== 'fine-tune') continue
      for (const [d, dataset] of (entry.datasets ?? []).entries()) {
        const { path, sha256: declared } = dataset
        if (path === undefined || declared === undefined) continue
        const at = ['models', index, 'datasets', d] as const
        const name = `Dataset ${dataset.id} of model ${entry.id}`
        const hit = (message: string, field: 'path' | 'sha256') =>
          hits.push({ message, model: entry.id, location: locate([...at, field]) })
        const digest = lookup(evidence.datasets, path)
        switch (digest.kind) {
          case 'no-datasets':
          case 'not-gathered': {
            const why =
              digest.kind === 'no-datasets'
                ? 'the run gathered no dataset digests'
                : 'the run did not read that path'
            hit(
              `${name} at ${path} could not be checked because ${why}; run the gate on a checkout of the repository (it fails closed until the data is verified).`,
              'path'
            )
            break
          }
          case 'missing':
            hit(`${name} does not exist at ${path}; commit the file or fix the path.`, 'path')
            break
          case 'refused':
            hit(
              `${name} was not read: ${path} is refused (${digest.reason}); commit the data as a regular file at that path.`,
              'path'
            )
            break
          case 'unavailable':
            hit(
              `${name} could not be checked because ${path} could not be read (${digest.reason}); fix the file or the checkout and run the gate again.`,
              'path'
            )
            break
          case 'hashed':
          case 'lfs-pointer': {
            const actual = digest.kind === 'hashed' ? digest.sha256 : digest.oid
            if (actual.toLowerCase() === declared.toLowerCase()) break
            const source = digest.kind === 'lfs-pointer' ? ' (from its Git LFS pointer)' : ''
            hit(
              `${name} has SHA-256 ${short(actual)}${source}, but the manifest declares ${short(declared)}; if the data change is intended, update sha256 and have it re-approved.`,
              'sha256'
            )
            break
          }
        }
      }
    }
    return hits
  }
})
