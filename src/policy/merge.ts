// Merges a policy file over the built-in default. Objects merge key by key (a tier given in part keeps
// the default's other fields); lists and scalars replace, so a policy can narrow a list as well as
// widen it, and what a file says is exactly what applies.
import type { PolicyFile } from './schema.js'
import type { Policy, Tier } from './types.js'
import { TIERS } from './schema.js'

export function mergePolicy(base: Policy, file: PolicyFile): Policy {
  const tiers = Object.fromEntries(
    TIERS.map((tier: Tier) => [tier, { ...base.tiers[tier], ...definedOnly(file.tiers?.[tier] ?? {}) }])
  ) as Policy['tiers']
  return {
    version: 1,
    mode: file.mode ?? base.mode,
    default_tier: file.default_tier ?? base.default_tier,
    governance_approvers: file.governance_approvers ?? base.governance_approvers,
    new_model_self_approval: file.new_model_self_approval ?? base.new_model_self_approval,
    rules: { ...base.rules, ...definedOnly(file.rules ?? {}) },
    tiers,
    detect: { ...base.detect, ...definedOnly(file.detect ?? {}) }
  }
}

// A YAML key with no value never reaches here (the schema rejects null), but an optional field can
// still be present as undefined in the parsed object; it must not erase the default.
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
