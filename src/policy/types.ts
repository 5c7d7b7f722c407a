// The organisation's policy (policy.md), after merging a policy file over the built-in default.
import type { z } from 'zod'
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
