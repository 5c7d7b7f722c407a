// The stable rule catalogue of rules.md: ids never change meaning and a retired id is never reused.
// Every id is listed here, with its name and family, even before its check lands, so that the policy
// and exceptions can name any of them and be validated.

export const RULE_CATALOGUE = {
  MG001: { name: 'ungoverned-fine-tune', family: 'change' },
  MG002: { name: 'manifest-invalid', family: 'manifest' },
  MG003: { name: 'governance-weakened', family: 'change' },
  MG004: { name: 'policy-changed', family: 'change' },
  MG101: { name: 'dataset-provenance-incomplete', family: 'data' },
  MG102: { name: 'dataset-checksum-mismatch', family: 'data' },
  MG103: { name: 'dataset-redaction-missing', family: 'data' },
  MG104: { name: 'dataset-contains-secret', family: 'data' },
  MG105: { name: 'dataset-contains-personal-data', family: 'data' },
  MG106: { name: 'dataset-undeclared', family: 'data' },
  MG201: { name: 'approvers-undeclared', family: 'approvals' },
  MG202: { name: 'approval-missing', family: 'approvals' },
  MG203: { name: 'approval-unverifiable', family: 'approvals' },
  MG301: { name: 'thresholds-incomplete', family: 'evaluation' },
  MG302: { name: 'eval-results-missing', family: 'evaluation' },
  MG303: { name: 'threshold-not-met', family: 'evaluation' },
  MG304: { name: 'eval-regression', family: 'evaluation' },
  MG305: { name: 'no-measurable-uplift', family: 'evaluation' },
  MG401: { name: 'rollback-plan-incomplete', family: 'rollback' },
  MG402: { name: 'rollback-procedure-missing', family: 'rollback' },
  MG403: { name: 'rollback-drill-stale', family: 'rollback' },
  MG501: { name: 'monitoring-incomplete', family: 'monitoring' },
  MG601: { name: 'justification-missing', family: 'justification' },
  MG701: { name: 'literal-credential', family: 'identities' },
  MG702: { name: 'identity-overprivileged', family: 'identities' },
  MG703: { name: 'identity-lifecycle', family: 'identities' },
  MG801: { name: 'exception-invalid', family: 'exceptions' }
} as const

export type RuleId = keyof typeof RULE_CATALOGUE
export type RuleFamily = (typeof RULE_CATALOGUE)[RuleId]['family']

export const RULE_IDS = Object.keys(RULE_CATALOGUE) as RuleId[]

export function isRuleId(value: string): value is RuleId {
  return Object.hasOwn(RULE_CATALOGUE, value)
}
