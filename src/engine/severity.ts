// Severities after the policy: a rule's default, overridden per rule by the policy's `rules:` map.
import type { Policy } from '../policy/types.js'
import type { RuleId } from '../rules/ids.js'
import type { Finding, Mode, Severity, SeverityLevel, Verdict } from './types.js'

export function severityFor(policy: Policy, id: RuleId, fallback: Severity): SeverityLevel {
  const configured = (policy.rules as Partial<Record<RuleId, SeverityLevel>>)[id]
  return configured ?? fallback
}

/**
 * The run's verdict: `fail` when enforce mode meets an error; `warn` when errors or warnings exist
 * but nothing fails (warn mode, or warnings only); `pass` otherwise (notes never fail a run).
 */
export function verdictOf(findings: readonly Finding[], mode: Mode): Verdict {
  const errors = findings.filter((f) => f.severity === 'error').length
  const warnings = findings.filter((f) => f.severity === 'warning').length
  if (errors > 0 && mode === 'enforce') return 'fail'
  if (errors + warnings > 0) return 'warn'
  return 'pass'
}

/** The `findings` output: the count of errors and warnings. */
export function countActionable(findings: readonly Finding[]): number {
  return findings.filter((f) => f.severity !== 'note').length
}

const RANK: Record<Severity, number> = { note: 0, warning: 1, error: 2 }

/** The milder of two severities. */
export function mildest(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b
}
