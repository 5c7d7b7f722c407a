// The schema of `model-governance.yml`, version 1 (manifest.md). Objects are strict so that a typo
// in a control is an error rather than a control silently absent. The descriptions become the JSON
// Schema that editors show, so every field has one.
import { z } from 'zod'
import { handle, identifier, isoDate, repoGlob, RULE_ID_PATTERN, text } from './fields.js'
import {
  ApprovalsSchema,
  DatasetSchema,
  EvaluationSchema,
  IdentitySchema,
  JustificationSchema,
  MonitoringSchema,
  RollbackSchema
} from './sections.js'

export const ModelSchema = z
  .strictObject({
    id: identifier('Model id, unique in the file: lowercase letters, digits, ".", "_" or "-".'),
    owner: handle('The accountable user or team: "@login" or "@org/team-slug".'),
    approach: z
      .enum(['prompt', 'retrieval', 'fine-tune'])
      .describe('How the model is adapted: prompt, retrieval or fine-tune (fine-tune gets every control).'),
    base_model: text('The model that is fine-tuned, e.g. gpt-4o-mini-2024-07-18.').optional(),
    tuned_model: text(
      'The fine-tuned model id, e.g. ft:gpt-4o-mini-2024-07-18:acme:support-triage:9x8y7z.'
    ).optional(),
    risk_tier: z
      .enum(['low', 'medium', 'high'])
      .describe('The risk tier: low, medium or high; defaults to the policy.')
      .optional(),
    paths: z
      .array(repoGlob('A glob relative to the repository root, e.g. training/support-triage/**.'))
      .describe("Globs this model's training owns; a change under them is a change to this model.")
      .optional(),
    justification: JustificationSchema.optional(),
    datasets: z.array(DatasetSchema).describe('What data enters training or preference tuning.').optional(),
    approvals: ApprovalsSchema.optional(),
    evaluation: EvaluationSchema.optional(),
    rollback: RollbackSchema.optional(),
    monitoring: MonitoringSchema.optional(),
    identities: z
      .array(IdentitySchema)
      .describe('Non-human identities the training and serving use.')
      .optional()
  })
  .describe('A governed model.')

export const ExceptionSchema = z
  .strictObject({
    rule: z
      .string()
      .regex(RULE_ID_PATTERN, { error: 'must be a rule id such as MG403' })
      .describe('The rule waived, e.g. MG403.'),
    model: text('The id of the model the waiver applies to.'),
    reason: text('Why the waiver is acceptable for now.'),
    approved_by: handle('Who approved the waiver: "@login" or "@org/team-slug".').optional(),
    expires_at: isoDate('The last day the waiver applies, YYYY-MM-DD (UTC).').optional()
  })
  .describe('A time-boxed, approved waiver of one rule for one model.')

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Reports every entry of `items` whose `key` repeats an earlier one. Written for unvalidated input. */
function checkUnique(
  items: unknown,
  key: string,
  path: (string | number)[],
  what: string,
  ctx: z.RefinementCtx
): void {
  if (!Array.isArray(items)) return
  const firstIndex = new Map<string, number>()
  items.forEach((item: unknown, index) => {
    if (!isObject(item)) return
    const value = item[key]
    if (typeof value !== 'string') return
    const first = firstIndex.get(value)
    if (first === undefined) {
      firstIndex.set(value, index)
      return
    }
    const firstPath = [...path, first].map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('')
    ctx.addIssue({
      code: 'custom',
      path: [...path, index, key],
      message: `repeats the ${key} "${value}" of ${firstPath.replace(/^\./, '')}; ${what} must be unique`
    })
  })
}

export const ManifestSchema = z
  .strictObject({
    version: z
      .literal(1, {
        // A missing version falls through to the generic "is required" message.
        error: (issue) =>
          issue.input === undefined ? undefined : 'must be 1, the only manifest version this release reads'
      })
      .describe('The manifest format version; always 1.'),
    models: z
      .array(ModelSchema)
      .min(1, { error: 'must list at least one model' })
      .describe('The governed models.'),
    exceptions: z.array(ExceptionSchema).describe('Time-boxed, approved waivers.').optional()
  })
  .superRefine(
    (manifest, ctx) => {
      // Written against the raw value: it runs even when other fields are wrong, so a duplicate id
      // shows in the same pass as a typo elsewhere.
      const models: unknown = manifest.models
      checkUnique(models, 'id', ['models'], 'model ids', ctx)
      if (!Array.isArray(models)) return
      models.forEach((model: unknown, index) => {
        if (!isObject(model)) return
        checkUnique(model.datasets, 'id', ['models', index, 'datasets'], 'dataset ids within a model', ctx)
        checkUnique(
          model.identities,
          'name',
          ['models', index, 'identities'],
          'identity names within a model',
          ctx
        )
      })
    },
    { when: (payload) => isObject(payload.value) }
  )
  .describe(
    'Model Governance Gate manifest, version 1: the models this repository adapts and the controls around fine-tuning them (datasets, approvals, evaluation, rollback, monitoring, identities), plus approved exceptions.'
  )
