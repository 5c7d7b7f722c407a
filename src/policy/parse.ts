// Loads a policy: a policy file's bytes become a resolved policy (the file merged over the built-in
// default) or diagnostics with positions. Pure: the caller reads the bytes (from the base commit).
import { createHash } from 'node:crypto'
import { loadYamlFile } from '../yaml/load.js'
import { byPosition, type YamlDiagnostic } from '../yaml/types.js'
import { validate } from '../yaml/zod-issues.js'
import { canonicalJson } from './canonical-json.js'
import { DEFAULT_POLICY } from './defaults.js'
import { mergePolicy } from './merge.js'
import { PolicyFileSchema, PolicySchema } from './schema.js'
import {
  POLICY_KIND,
  type Policy,
  type PolicyDiagnostic,
  type ResolvedPolicy,
  type Tier,
  type TierRequirements
} from './types.js'

export type { PolicyDiagnostic } from './types.js'

export const POLICY_MAX_BYTES = 1024 * 1024
// A policy is short and hand-written: a few anchors are plausible, hundreds are an expansion attack.
export const MAX_ALIASES = 20

export interface ParsedPolicy {
  /** Present only when there is no diagnostic. */
  resolved?: ResolvedPolicy
  diagnostics: PolicyDiagnostic[]
}

export const BUILT_IN_SOURCE = 'built-in default'

/**
 * Parses and validates a policy file and merges it over the built-in default.
 * `source` is recorded as is, e.g. ".github/model-governance-policy.yml@<base sha>"; messages name the
 * file `file`, the source unless given.
 */
export function parsePolicy(input: string | Uint8Array, source: string, file = source): ParsedPolicy {
  const loaded = loadYamlFile(input, file, POLICY_KIND, {
    maxBytes: POLICY_MAX_BYTES,
    maxAliases: MAX_ALIASES
  })
  if (loaded.diagnostics.length > 0) return { diagnostics: positioned(loaded.diagnostics) }

  const { data, diagnostics } = validate(PolicyFileSchema, loaded.value, loaded.locator, POLICY_KIND)
  if (data === undefined) return { diagnostics: positioned(diagnostics) }

  // Re-validating the merge guards the engine against a default and a schema that drifted apart.
  const policy = PolicySchema.parse(mergePolicy(structuredClone(DEFAULT_POLICY), data))
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  return { resolved: { policy, source, sha256: sha256Hex(bytes), builtIn: false }, diagnostics: [] }
}

/** The policy's diagnostics carry a line and column only: the caller knows the file. */
function positioned(diagnostics: YamlDiagnostic[]): PolicyDiagnostic[] {
  return diagnostics
    .sort(byPosition)
    .map(({ message, location }) => ({ message, line: location.line, column: location.column }))
}

let builtInHash: string | undefined

/** The built-in default, as a fresh copy the caller may not share by accident. */
export function builtInPolicy(): ResolvedPolicy {
  builtInHash ??= sha256Hex(new TextEncoder().encode(canonicalJson(DEFAULT_POLICY)))
  return {
    policy: structuredClone(DEFAULT_POLICY),
    source: BUILT_IN_SOURCE,
    sha256: builtInHash,
    builtIn: true
  }
}

/** A model's risk tier: its own `risk_tier`, else the policy's `default_tier`. */
export function tierOf(policy: Policy, model: { risk_tier?: Tier | undefined }): Tier {
  return model.risk_tier ?? policy.default_tier
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** What the policy requires of a model, by its tier. */
export function requirementsFor(policy: Policy, model: { risk_tier?: Tier | undefined }): TierRequirements {
  return policy.tiers[tierOf(policy, model)]
}
