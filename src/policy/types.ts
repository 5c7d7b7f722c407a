// The organisation's policy (policy.md), after merging a policy file over the built-in default.
import type { z } from 'zod'
import type { FileKind } from '../yaml/types.js'
import type { PolicySchema } from './schema.js'

export type Policy = z.output<typeof PolicySchema>
export type Tier = 'low' | 'medium' | 'high'
export type TierRequirements = Policy['tiers'][Tier]

export interface ResolvedPolicy {
  policy: Policy
  /** "built-in default", or "<path>@<commit sha>" for a file read from the base commit. */
  source: string
  /** SHA-256 of the policy file's bytes, or of the canonical JSON of the built-in default. */
  sha256: string
  builtIn: boolean
}

/** The policy, in the words of the messages the shared YAML loader writes. */
export const POLICY_KIND: FileKind = {
  what: 'policy',
  shape: 'version: 1, mode: ...',
  whenEmpty: 'it must be a mapping that starts with "version: 1"',
  whenTooLarge: 'a policy is a few dozen lines'
}

/** A problem in a policy file, at its line and column. */
export interface PolicyDiagnostic {
  /** One plain sentence: what is wrong and what to do. */
  message: string
  line: number
  column: number
}
