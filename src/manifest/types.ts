// What loading a manifest yields: the validated value (when valid), every problem found, and a way
// to turn a path inside the manifest into a file/line/column so that every finding can point at it.
import type { z } from 'zod'
import type { Location } from '../engine/types.js'
import type { ManifestSchema } from './schema.js'

export type Manifest = z.output<typeof ManifestSchema>
export type ModelEntry = Manifest['models'][number]
export type DatasetEntry = NonNullable<ModelEntry['datasets']>[number]
export type ExceptionEntry = NonNullable<Manifest['exceptions']>[number]

/** A path into the manifest: keys and array indices, e.g. ['models', 0, 'evaluation', 'thresholds', 1]. */
export type NodePath = readonly (string | number)[]

export interface ManifestDiagnostic {
  /** One plain sentence: what is wrong and what to do. */
  message: string
  location: Location
  path?: NodePath
}

export interface ParsedManifest {
  file: string
  /** The validated manifest; undefined when there is any diagnostic. */
  manifest: Manifest | undefined
  diagnostics: ManifestDiagnostic[]
  /** The location of the node at `path`, or of its nearest existing ancestor; line 1 column 1 at worst. */
  locate(path: NodePath): Location
}
