// The built-in default policy (policy.md "Built-in default"): what applies when a repository has no
// policy file, and what every policy file is merged over. It is meant to be useful on day one, so it
// asks for every control a fine-tune needs; an organisation loosens it in its own policy file.
import type { Policy, TierRequirements } from './types.js'

// Every section a fine-tune model needs in every tier: provenance and checksums (data), approvals,
// thresholds (evaluation), a rollback plan, monitoring, and a justification of why a prompt was not
// enough. Identities are not required by default because many fine-tunes run on a platform's own
// credentials; when a model declares identities they are still checked.
const REQUIRED_SECTIONS: TierRequirements['require'] = [
  'data',
  'approvals',
  'evaluation',
  'rollback',
  'monitoring',
  'justification'
]

const BASE_TIER: TierRequirements = {
  require: REQUIRED_SECTIONS,
  // One approver besides the author is the least a governed change can have.
  min_approvals: 1,
  // Quality shows the tune works; leakage shows it does not regurgitate its training data.
  threshold_kinds: ['quality', 'leakage'],
  // A rollback drill older than a quarter no longer proves the rollback still works.
  rollback_drill_max_age_days: 90,
  // Drift and leakage are the failure modes particular to a tuned model in production.
  monitoring_signals: ['drift', 'leakage'],
  // Credentials the training or serving uses are rotated at least yearly.
  identity_max_lifetime_days: 365,
  // Uplift evidence costs an evaluation run: asked of high-risk models only.
  justification_evidence: false,
  // Redaction is required where a dataset declares personal data (MG103), not of every dataset.
  redaction_required: false
}

export const DEFAULT_POLICY: Policy = {
  version: 1,
  // The gate exists to stop ungoverned fine-tunes, so by default it fails the run.
  mode: 'enforce',
  // A model that does not say how risky it is gets the middle tier, not the most lenient one.
  default_tier: 'medium',
  // No organisation-wide approvers are known by default, so a model new in a pull request cannot be
  // approved until a policy names them or allows self approval: the gate fails closed.
  governance_approvers: [],
  // A new model's own declared approvers were written by the pull request itself: not trusted.
  new_model_self_approval: false,
  // Every rule keeps its catalogue severity.
  rules: {},
  tiers: {
    low: { ...BASE_TIER },
    medium: { ...BASE_TIER },
    high: {
      ...BASE_TIER,
      // High risk: the four eyes principle, a safety threshold, proof that tuning beats prompting,
      // and credentials rotated twice a year.
      min_approvals: 2,
      threshold_kinds: ['quality', 'safety', 'leakage'],
      justification_evidence: true,
      identity_max_lifetime_days: 180
    }
  },
  detect: {
    builtin: true,
    paths: [],
    // A label lets a team flag a fine-tune the built-in signals cannot see (e.g. a job in another repo).
    labels: ['fine-tune'],
    ignore: []
  }
}
