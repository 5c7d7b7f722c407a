// Which fine-tune model a repository file belongs to: its `paths` globs (case-sensitive, as
// manifest.md says), or a dataset it names by path. Shared by MG001 and MG106.
import picomatch from 'picomatch'
import type { ModelEntry } from '../../manifest/types.js'

export type FileMatcher = (path: string) => boolean

export function modelMatcher(model: ModelEntry): FileMatcher {
  const globs = (model.paths ?? []).map((glob) => picomatch(glob, { dot: true }))
  const datasets = new Set(
    (model.datasets ?? []).flatMap((d) => (d.path ? [d.path.replace(/^\.\//, '')] : []))
  )
  return (path) => datasets.has(path) || globs.some((matches) => matches(path))
}

/** The fine-tune models whose paths or datasets cover `path`. */
export function coveringModels(models: readonly ModelEntry[], path: string): ModelEntry[] {
  return models.filter((model) => model.approach === 'fine-tune' && modelMatcher(model)(path))
}
