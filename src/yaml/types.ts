// What the YAML loader shares with every governance file it reads (the manifest, the policy): the
// kind of file, for messages; a path into its data; and a diagnostic at a place in it.
import type { Location } from '../engine/types.js'

/** What a file is, in the words its messages use. Each file kind has one constant of this. */
export interface FileKind {
  /** The file's kind, as in "the manifest must be a YAML text file": "manifest", "policy". */
  what: string
  /** The first keys of a valid file, for "must be a mapping at the top level (...)": "version: 1, models: ...". */
  shape: string
  /** What to do with an empty file, after "<file> is empty; ". */
  whenEmpty: string
  /** What to do with a file over the size limit, after "<file> is 2.0 MiB, over the 1.0 MiB limit ...; ". */
  whenTooLarge: string
}

/** A path into the file's data: keys and array indices, e.g. ['models', 0, 'evaluation', 'thresholds', 1]. */
export type NodePath = readonly (string | number)[]

export interface YamlDiagnostic {
  /** One plain sentence: what is wrong and what to do. */
  message: string
  location: Location
  path?: NodePath
}

/** Orders diagnostics as they stand in the file. */
export function byPosition(a: YamlDiagnostic, b: YamlDiagnostic): number {
  return a.location.line - b.location.line || a.location.column - b.location.column
}
