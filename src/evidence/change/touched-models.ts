// Which models a pull request touches (manifest.md, "Which models a run checks"). Pure: the change's
// files, the head and base manifests and the files that carried a fine-tuning signal in, model ids out.
// A model is touched when its manifest entry changed (a new model included), when a changed file (at
// its head path or its path before a rename) is one of its `paths` globs, its datasets' `path`s or the
// other paths it names (evaluation results and baseline, rollback procedure, prompt baseline), or when
// one of its `paths` globs covers a file that carried a fine-tuning signal.
import picomatch from 'picomatch'
import type { ChangedFile } from '../../engine/evidence.js'
import type { Manifest, ModelEntry } from '../../manifest/types.js'
import { hasUrlScheme } from '../../shared/repo-path.js'

export function touchedModels(
  change: readonly ChangedFile[],
  head: Manifest | undefined,
  base: Manifest | undefined,
  manifestFile: string,
  signalFiles: readonly string[]
): Set<string> {
  const touched = new Set<string>()
  if (head === undefined) return touched
  const changedPaths = new Set<string>()
  for (const file of change) {
    changedPaths.add(normalise(file.path))
    if (file.previousPath !== undefined) changedPaths.add(normalise(file.previousPath))
  }
  const covered = new Set([...changedPaths, ...signalFiles.map(normalise)])
  // Entries can only differ when the change touches the manifest file.
  const manifestChanged = changedPaths.has(normalise(manifestFile))
  const baseEntries = new Map((base?.models ?? []).map((model) => [model.id, model]))

  for (const model of head.models) {
    if (manifestChanged) {
      const before = baseEntries.get(model.id)
      if (before === undefined || !sameValue(before, model)) {
        touched.add(model.id)
        continue
      }
    }
    if (namedPaths(model).some((path) => changedPaths.has(path))) {
      touched.add(model.id)
      continue
    }
    const globs = (model.paths ?? []).map(normalise)
    if (globs.length === 0) continue
    const matches = picomatch(globs, { dot: true, nocase: false, windows: false })
    for (const path of covered) {
      if (matches(path)) {
        touched.add(model.id)
        break
      }
    }
  }
  return touched
}

/** The repository paths a model names outside its globs: dataset files and the files of its controls. */
function namedPaths(model: ModelEntry): string[] {
  const procedure = model.rollback?.procedure
  return [
    ...(model.datasets ?? []).map((dataset) => dataset.path),
    model.evaluation?.results,
    model.evaluation?.baseline,
    model.justification?.evidence?.prompt_baseline,
    procedure !== undefined && !hasUrlScheme(procedure) ? procedure : undefined
  ]
    .filter((path): path is string => path !== undefined)
    .map(normalise)
}

// The manifest may write "./training/x"; git and the API never do.
function normalise(path: string): string {
  return path.replace(/^(?:\.\/)+/, '')
}

/** Structural equality of two parsed YAML values (objects compared by key, whatever the order). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, i) => sameValue(item, b[i]))
  }
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  // A key present with the value undefined is the same as an absent key.
  const keys = new Set([...Object.keys(left), ...Object.keys(right)])
  for (const key of keys) if (!sameValue(left[key], right[key])) return false
  return true
}
