// A rule is a module with its metadata and a pure check over the run's context, as ESLint structures
// rules. Adding a rule touches one new file and one line of the registry (rules/index.ts).
import type { ModelEntry, ParsedManifest, Manifest, NodePath } from '../manifest/types.js'
import type { Policy } from '../policy/types.js'
import type { Evidence } from './evidence.js'
import type { Location, RuleHit, RuleMeta } from './types.js'

/** A model the run checks, with its index in `models:` so rules can locate its nodes. */
export interface CheckedModel {
  index: number
  entry: ModelEntry
  tier: 'low' | 'medium' | 'high'
}

export interface RuleContext {
  manifestFile: string
  /** The loaded manifest with diagnostics; undefined when the repository has no manifest file. */
  parsed: ParsedManifest | undefined
  /** The validated manifest; undefined when absent or invalid. */
  manifest: Manifest | undefined
  policy: Policy
  /** The models this run checks (all of them with scope `all`). */
  models: readonly CheckedModel[]
  evidence: Evidence
  /** Injected clock, so date rules do not rot in tests. */
  now: Date
  /** The manifest location of `path`; line 1 of the manifest when the manifest is absent. */
  locate(path: NodePath): Location
}

export interface Rule {
  meta: RuleMeta
  check(context: RuleContext): RuleHit[]
}

export function defineRule(rule: Rule): Rule {
  return rule
}
