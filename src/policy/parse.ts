// Loads a policy: a policy file's bytes become a resolved policy (the file merged over the built-in
// default) or diagnostics with positions. Pure: the caller reads the bytes (from the base commit).
import { createHash } from 'node:crypto'
import { canonicalJson } from './canonical-json.js'
import { DEFAULT_POLICY } from './defaults.js'
import { issueToDiagnostic } from './issues.js'
import { mergePolicy } from './merge.js'
import { PolicyFileSchema, PolicySchema } from './schema.js'
import type { Policy, ResolvedPolicy, Tier, TierRequirements } from './types.js'
import { loadYamlMapping, type PositionedMessage } from './yaml-document.js'

export type PolicyDiagnostic = PositionedMessage

export interface ParsedPolicy {
  /** Present only when there is no diagnostic. */
  resolved?: ResolvedPolicy
  diagnostics: PolicyDiagnostic[]
}

export const BUILT_IN_SOURCE = 'built-in default'

/**
 * Parses and validates a policy file and merges it over the built-in default.
 * `source` is recorded as is, e.g. ".github/model-governance-policy.yml@<base sha>".
 */
export function parsePolicy(input: string | Uint8Array, source: string): ParsedPolicy {
  const { loaded, diagnostics } = loadYamlMapping(input)
  if (!loaded) return { diagnostics }

  const result = PolicyFileSchema.safeParse(loaded.value)
  if (!result.success) {
    const found = result.error.issues.flatMap((issue) =>
      issueToDiagnostic(issue, PolicyFileSchema, loaded.doc, loaded.lineCounter, loaded.value)
    )
    return { diagnostics: found.sort((a, b) => a.line - b.line || a.column - b.column) }
  }

  // Re-validating the merge guards the engine against a default and a schema that drifted apart.
  const policy = PolicySchema.parse(mergePolicy(structuredClone(DEFAULT_POLICY), result.data))
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  return { resolved: { policy, source, sha256: sha256Hex(bytes), builtIn: false }, diagnostics: [] }
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
