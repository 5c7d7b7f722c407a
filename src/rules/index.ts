// The rule registry: one import and one entry per rule module, in id order.
import type { Rule } from '../engine/rule.js'
import mg201 from './approvals/mg201-approvers-undeclared.js'
import mg202 from './approvals/mg202-approval-missing.js'
import mg203 from './approvals/mg203-approval-unverifiable.js'
import mg001 from './change/mg001-ungoverned-fine-tune.js'
import mg003 from './change/mg003-governance-weakened.js'
import mg004 from './change/mg004-policy-changed.js'
import mg101 from './data/mg101-dataset-provenance-incomplete.js'
import mg102 from './data/mg102-dataset-checksum-mismatch.js'
import mg106 from './data/mg106-dataset-undeclared.js'
import mg103 from './data/mg103-dataset-redaction-missing.js'
import mg301 from './evaluation/mg301-thresholds-incomplete.js'
import mg302 from './evaluation/mg302-eval-results-missing.js'
import mg303 from './evaluation/mg303-threshold-not-met.js'
import mg304 from './evaluation/mg304-eval-regression.js'
import mg305 from './evaluation/mg305-no-measurable-uplift.js'
import mg801 from './exceptions/mg801-exception-invalid.js'
import mg702 from './identities/mg702-identity-overprivileged.js'
import mg703 from './identities/mg703-identity-lifecycle.js'
import mg601 from './justification/mg601-justification-missing.js'
import mg002 from './manifest/mg002-manifest-invalid.js'
import mg501 from './monitoring/mg501-monitoring-incomplete.js'
import mg401 from './rollback/mg401-rollback-plan-incomplete.js'
import mg402 from './rollback/mg402-rollback-procedure-missing.js'
import mg403 from './rollback/mg403-rollback-drill-stale.js'

export const RULES: readonly Rule[] = [
  mg001,
  mg002,
  mg003,
  mg004,
  mg101,
  mg102,
  mg103,
  mg106,
  mg201,
  mg202,
  mg203,
  mg301,
  mg302,
  mg303,
  mg304,
  mg305,
  mg401,
  mg402,
  mg403,
  mg501,
  mg601,
  mg702,
  mg703,
  mg801
]
