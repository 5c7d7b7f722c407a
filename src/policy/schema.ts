// The policy's shapes (policy.md). PolicySchema is the resolved policy the engine reads: every field
// present, because the built-in default fills what a file leaves out. PolicyFileSchema is what a user
// writes: everything optional except `version: 1`, and a tier may be given in part. Objects are strict
// so that a typo reads as an error, never as an absent requirement.
import { z } from 'zod'
import { RULE_CATALOGUE, RULE_IDS, type RuleId } from '../rules/ids.js'

export const TIERS = ['low', 'medium', 'high'] as const
export const MODES = ['enforce', 'warn'] as const
export const SEVERITY_LEVELS = ['error', 'warning', 'note', 'off'] as const
/** Manifest sections a tier can require of a fine-tune model. */
export const CONTROL_SECTIONS = [
  'data',
  'approvals',
  'evaluation',
  'rollback',
  'monitoring',
  'justification',
  'identities'
] as const
/** The threshold kinds of manifest.md (`evaluation.thresholds[].kind`). */
export const THRESHOLD_KINDS = ['quality', 'safety', 'leakage', 'drift', 'fairness'] as const

const ModeSchema = z
  .enum(MODES)
  .describe('enforce: findings of severity error fail the run; warn: nothing fails')
const TierNameSchema = z.enum(TIERS).describe('A risk tier: low, medium or high')
const SeverityLevelSchema = z.enum(SEVERITY_LEVELS)

// MG002 may be softened but never switched off: an invalid manifest must never pass silently.
const Mg002SeveritySchema = z.enum(['error', 'warning', 'note'], {
  error: () => 'cannot be off: an invalid manifest must never pass silently; use error, warning or note'
})

const HandleSchema = z
  .string()
  .regex(
    /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/,
    'must be a GitHub user "@login" or team "@org/team-slug"'
  )
  .describe('A GitHub user (@login) or organisation team (@org/team-slug)')

const GlobSchema = z.string().min(1).describe('A glob relative to the repository root, e.g. training/**')

const SignalSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*$/, 'must be a lower-case signal name such as drift or leakage')
  .describe('A monitoring signal name, e.g. drift, leakage, quality')

const DAYS_IN_TEN_YEARS = 3653

export const TierRequirementsSchema = z
  .strictObject({
    require: z
      .array(z.enum(CONTROL_SECTIONS))
      .describe('Manifest sections every fine-tune model of this tier must have'),
    min_approvals: z
      .int()
      .min(0)
      .max(50)
      .describe('The fewest approvals a fine-tune model of this tier may declare and receive'),
    threshold_kinds: z
      .array(z.enum(THRESHOLD_KINDS))
      .describe('Threshold kinds a fine-tune model of this tier must set, at least one threshold of each'),
    rollback_drill_max_age_days: z
      .int()
      .min(1)
      .max(DAYS_IN_TEN_YEARS)
      .describe('Maximum age in days of the last rollback drill (rollback.tested_at)'),
    monitoring_signals: z
      .array(SignalSchema)
      .describe('Monitoring signals every fine-tune model of this tier must watch'),
    identity_max_lifetime_days: z
      .int()
      .min(1)
      .max(DAYS_IN_TEN_YEARS)
      .describe('How far in the future an identity expires_at may lie, in days'),
    justification_evidence: z
      .boolean()
      .describe('Whether justification.evidence (uplift over the prompt baseline) is required'),
    redaction_required: z
      .boolean()
      .describe('Whether every training or preference dataset needs a redaction record, personal data or not')
  })
  .describe('What the policy requires of a fine-tune model in one risk tier')

// One optional entry per known rule id, so an unknown id is an unknown key (with a did-you-mean) and
// editors can complete the ids from the JSON Schema.
const ruleSeverityShape = Object.fromEntries(
  RULE_IDS.map((id) => {
    const base = id === 'MG002' ? Mg002SeveritySchema : SeverityLevelSchema
    return [id, base.optional().describe(`Severity of ${id} ${RULE_CATALOGUE[id].name}`)]
  })
) as Record<RuleId, z.ZodOptional<typeof SeverityLevelSchema>>

const RulesSchema = z
  .strictObject(ruleSeverityShape)
  .describe('Per-rule severity (error | warning | note | off); rules not named keep their default')

export const DetectSchema = z
  .strictObject({
    builtin: z.boolean().describe('Whether the built-in fine-tuning signals are on'),
    paths: z.array(GlobSchema).describe('Extra globs whose change means fine-tuning'),
    labels: z.array(z.string().min(1)).describe('Pull request labels that mean fine-tuning'),
    ignore: z.array(GlobSchema).describe('Globs never considered by detection')
  })
  .describe('How fine-tuning is detected in a change')

const tiersShape = <T extends z.ZodType>(tier: T) =>
  ({
    low: tier.describe('Requirements for low-risk models'),
    medium: tier.describe('Requirements for medium-risk models'),
    high: tier.describe('Requirements for high-risk models')
  }) as const

const topLevel = {
  version: z.literal(1).describe('Policy format version; always 1'),
  mode: ModeSchema,
  default_tier: TierNameSchema.describe('The tier of models that do not set risk_tier'),
  governance_approvers: z
    .array(HandleSchema)
    .describe('Users or teams allowed to approve models new in a pull request, and exceptions'),
  new_model_self_approval: z
    .boolean()
    .describe(
      'Whether a model that is new in the pull request may be approved by its own declared approvers'
    ),
  rules: RulesSchema
}

export const PolicySchema = z
  .strictObject({
    ...topLevel,
    tiers: z.strictObject(tiersShape(TierRequirementsSchema)).describe('Requirements per risk tier'),
    detect: DetectSchema
  })
  .describe('The resolved Model Governance Gate policy')

export const PolicyFileSchema = z
  .strictObject({
    version: topLevel.version,
    mode: topLevel.mode.optional(),
    default_tier: topLevel.default_tier.optional(),
    governance_approvers: topLevel.governance_approvers.optional(),
    new_model_self_approval: topLevel.new_model_self_approval.optional(),
    rules: topLevel.rules.optional(),
    tiers: z
      .strictObject(
        tiersShape(
          TierRequirementsSchema.partial().describe('A tier in part; fields left out keep the default')
        )
      )
      .partial()
      .describe('Requirements per risk tier; each field left out keeps the built-in default')
      .optional(),
    detect: DetectSchema.partial().optional()
  })
  .describe('Model Governance Gate policy (.github/model-governance-policy.yml)')

export type PolicyFile = z.output<typeof PolicyFileSchema>
