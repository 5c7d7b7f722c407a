// The sections of a model entry (manifest.md). The schema decides shape only: a missing control (no
// sha256, no thresholds, no approvers, no tested_at ...) is not a schema error, because the rules
// (MG101, MG201, MG301, MG401 ...) report it with the right id, severity and waiver. So inside a
// section nearly every field is optional; only what identifies an entry is required.
import { z } from 'zod'
import {
  handle,
  httpsUrl,
  identifier,
  isoDate,
  repoPath,
  repoPathOrHttpsUrl,
  SECRET_REF_PATTERN,
  sha256,
  SIGNAL_PATTERN,
  text,
  uri
} from './fields.js'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const RedactionSchema = z
  .strictObject({
    method: text(
      'How sensitive examples were redacted or minimised, e.g. "emails replaced by placeholders".'
    ).optional(),
    verified_by: handle('Who checked the redaction: "@login" or "@org/team-slug".').optional(),
    verified_at: isoDate('When the redaction was checked, YYYY-MM-DD (UTC); not in the future.').optional()
  })
  .describe('How sensitive examples were redacted or minimised, and who verified it.')

export const DatasetSchema = z
  .strictObject({
    id: identifier('Dataset id, unique within the model: lowercase letters, digits, ".", "_" or "-".'),
    purpose: z
      .enum(['training', 'preference', 'evaluation'])
      .default('training')
      .describe('What the data is used for: training, preference (e.g. DPO pairs) or evaluation.'),
    path: repoPath(
      'The file in the repository (plain, or a Git LFS pointer); relative to the root. Set path or uri.'
    ).optional(),
    uri: uri(
      'Where the data lives outside the repository, e.g. s3://bucket/key. Set path or uri.'
    ).optional(),
    sha256: sha256("The file's SHA-256 as 64 lowercase hex characters (output of sha256sum).").optional(),
    source: text('Where the data came from.').optional(),
    license: text('The licence or terms the data is used under, e.g. proprietary or CC-BY-4.0.').optional(),
    owner: handle('Who is accountable for the data: "@login" or "@org/team-slug".').optional(),
    collected_at: isoDate('When the data was collected, YYYY-MM-DD (UTC); not in the future.').optional(),
    personal_data: z
      .boolean()
      .describe('Whether the data contains personal data (true or false).')
      .optional(),
    redaction: RedactionSchema.optional()
  })
  .superRefine(
    (dataset, ctx) => {
      const hasPath = dataset.path !== undefined
      const hasUri = dataset.uri !== undefined
      if (hasPath && hasUri) {
        ctx.addIssue({
          code: 'custom',
          path: ['uri'],
          message:
            'must not be set together with path; keep path for a file in the repository or uri for one outside it'
        })
      } else if (!hasPath && !hasUri) {
        ctx.addIssue({
          code: 'custom',
          message: 'must set either path (a file in the repository) or uri (a location outside it)'
        })
      }
    },
    // Run even when another field is wrong, so that every problem shows in one pass.
    { when: (payload) => isObject(payload.value) }
  )
  .describe('A dataset that enters training, preference tuning or evaluation.')

export const ThresholdSchema = z
  .strictObject({
    metric: text('The metric, as GROUP/METRIC or a bare METRIC when unambiguous (see eval-formats).'),
    min: z.number().describe('The lowest acceptable value (higher is better).').optional(),
    max: z.number().describe('The highest acceptable value (lower is better).').optional(),
    kind: z
      .enum(['quality', 'safety', 'leakage', 'drift', 'fairness'])
      .describe('What the threshold guards: quality, safety, leakage, drift or fairness.')
      .optional()
  })
  .describe('A bound on one metric: set min or max.')

export const EvaluationSchema = z
  .strictObject({
    results: repoPath('The evaluation results file in the repository.').optional(),
    format: z
      .enum(['auto', 'generic', 'promptfoo', 'lm-eval', 'inspect', 'model-index'])
      .default('auto')
      .describe('The results format: auto, generic, promptfoo, lm-eval, inspect or model-index.'),
    baseline: repoPath('The results of the model in production today, for regression checks.').optional(),
    max_regression: z
      .number()
      .min(0, { error: 'must be 0 or more (how much worse than the baseline a metric may get)' })
      .describe('How much worse than the baseline any thresholded metric may get (0 or more).')
      .optional(),
    thresholds: z.array(ThresholdSchema).describe('The bounds the results must meet.').optional()
  })
  .describe('How drift, leakage and regression are tested before release.')

export const ApprovalsSchema = z
  .strictObject({
    approvers: z
      .array(handle('An approver: "@login" or "@org/team-slug".'))
      .describe('Who approves model updates and evaluation thresholds: users or org teams.')
      .optional(),
    min_approvals: z
      .int({ error: 'must be a whole number of 1 or more' })
      .min(1, { error: 'must be 1 or more' })
      .describe('How many approvals from the approvers a change needs.')
      .optional()
  })
  .describe('Who approves model updates and evaluation thresholds.')

export const RollbackSchema = z
  .strictObject({
    previous_model: text('The model to roll back to.').optional(),
    procedure: repoPathOrHttpsUrl('The rollback runbook: a repository path or an https:// URL.').optional(),
    owner: handle('Who carries out a rollback: "@login" or "@org/team-slug".').optional(),
    tested_at: isoDate('When the rollback was last drilled, YYYY-MM-DD (UTC); not in the future.').optional(),
    trigger: text('What condition starts a rollback.').optional()
  })
  .describe('How rollback works if behaviour becomes unsafe.')

export const MonitoringSchema = z
  .strictObject({
    owner: handle('Who watches the model after release: "@login" or "@org/team-slug".').optional(),
    signals: z
      .array(
        z
          .string()
          .regex(SIGNAL_PATTERN, { error: 'must be a lowercase word such as drift, leakage or quality' })
          .describe('A monitored signal: a lowercase word such as drift, leakage or quality.')
      )
      .describe('What is monitored, e.g. [drift, leakage, quality].')
      .optional(),
    dashboard: httpsUrl('Where the monitoring can be seen: an https:// URL.').optional()
  })
  .describe('Post-deployment monitoring.')

export const JustificationSchema = z
  .strictObject({
    alternatives_tried: z
      .array(
        z
          .enum(['prompt', 'retrieval', 'few-shot', 'tool-use', 'other'])
          .describe('An alternative tried: prompt, retrieval, few-shot, tool-use or other.')
      )
      .describe('The runtime controls tried before fine-tuning.')
      .optional(),
    rationale: text('Why those alternatives were not enough.').optional(),
    evidence: z
      .strictObject({
        prompt_baseline: repoPath('Results of the prompt-only baseline, in the repository.').optional(),
        metric: text('The metric the fine-tuned model must improve on.').optional(),
        min_uplift: z
          .number()
          .min(0, { error: 'must be 0 or more' })
          .describe('How much the fine-tuned model must beat the prompt baseline by.')
          .optional()
      })
      .describe('Evidence that fine-tuning beats the prompt baseline.')
      .optional()
  })
  .describe('Why runtime (prompt) control is not enough.')

export const IdentitySchema = z
  .strictObject({
    name: text('The identity name, unique within the model.'),
    kind: z
      .enum(['api-key', 'service-account', 'github-app', 'oidc'])
      .describe('The kind of identity: api-key, service-account, github-app or oidc.'),
    secret_ref: z
      .string()
      .regex(SECRET_REF_PATTERN, {
        error:
          'must be a reference written provider:name (e.g. github-secret:OPENAI_FT_KEY), never the secret itself'
      })
      .describe('Where the credential is kept, as provider:name (e.g. github-secret:OPENAI_FT_KEY).')
      .optional(),
    scopes: z
      .array(text('A permission the identity holds.'))
      .describe('The permissions the identity holds.')
      .optional(),
    owner: handle('Who is accountable for the identity: "@login" or "@org/team-slug".').optional(),
    expires_at: isoDate('When the credential expires or is rotated, YYYY-MM-DD (UTC).').optional()
  })
  .describe('A non-human identity used by training or serving.')
