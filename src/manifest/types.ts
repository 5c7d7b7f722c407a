// What loading a manifest yields: the validated value (when valid), every problem found, and a way
// to turn a path inside the manifest into a file/line/column so that every finding can point at it.
import type { z } from 'zod'
import type { Location } from '../engine/types.js'
import type { FileKind, NodePath, YamlDiagnostic } from '../yaml/types.js'
import type { ManifestSchema } from './schema.js'

export type { NodePath } from '../yaml/types.js'

export type Manifest = z.output<typeof ManifestSchema>
export type ModelEntry = Manifest['models'][number]
export type DatasetEntry = NonNullable<ModelEntry['datasets']>[number]
export type ExceptionEntry = NonNullable<Manifest['exceptions']>[number]

export type ManifestDiagnostic = YamlDiagnostic

/** The manifest, in the words of the messages the shared YAML loader writes. */
export const MANIFEST_KIND: FileKind = {
  what: 'manifest',
  shape: 'version: 1, models: ...',
  whenEmpty: 'add "version: 1" and a "models:" list (model-governance init writes a starter)',
  whenTooLarge: 'keep data out of it and list only the controls'
}

export interface ParsedManifest {
  file: string
  /** The validated manifest; undefined when there is any diagnostic. */
  manifest: Manifest | undefined
  diagnostics: ManifestDiagnostic[]
  /** The location of the node at `path`, or of its nearest existing ancestor; line 1 column 1 at worst. */
  locate(path: NodePath): Location
}
