// MG103: data that holds personal data (or, where the tier says so, every dataset that enters training
// or preference tuning) must record how it was redacted or minimised, and who checked it when. A
// dataset that does not say `personal_data` under a tier that does not require redaction is left to
// MG105, which scans the bytes. A redaction record that is declared is checked for completeness
// whether or not it is needed: a half-filled record reads as verified when it is not.
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import type { DatasetEntry } from '../../manifest/types.js'
import { requirementsFor } from '../../policy/parse.js'
import { FRAMEWORK_REFS } from '../frameworks.js'
import { listOf } from '../wording.js'

type RedactionField = 'method' | 'verified_by' | 'verified_at'

const FIELDS: readonly RedactionField[] = ['method', 'verified_by', 'verified_at']

const HINTS: Record<RedactionField, string> = {
  method: '`method:` (how sensitive examples were redacted or minimised)',
  verified_by: '`verified_by:` (who checked it, "@login" or "@org/team")',
  verified_at: '`verified_at:` (when, YYYY-MM-DD)'
}

/** What is wrong when the dataset has no redaction record, or undefined when it needs none. */
function reasonFor(dataset: DatasetEntry, redactionRequired: boolean, tier: string): string | undefined {
  if (dataset.personal_data === true)
    return 'is declared to contain personal data but has no redaction record'
  if (redactionRequired && (dataset.purpose === 'training' || dataset.purpose === 'preference'))
    return `has no redaction record, which the ${tier} tier requires of every ${dataset.purpose} dataset`
  return undefined
}

export default defineRule({
  meta: {
    id: 'MG103',
    name: 'dataset-redaction-missing',
    family: 'data',
    defaultSeverity: 'error',
    summary:
      "A dataset with personal_data: true (or one the policy's tier requires) has no complete redaction record.",
    frameworks: FRAMEWORK_REFS.MG103
  },
  check({ models, policy, locate }) {
    const hits: RuleHit[] = []
    for (const { index, entry, tier } of models) {
      if (entry.approach !== 'fine-tune') continue
      const { redaction_required: redactionRequired } = requirementsFor(policy, entry)
      const model = entry.id
      ;(entry.datasets ?? []).forEach((dataset, d) => {
        const path = ['models', index, 'datasets', d]
        const { redaction } = dataset
        if (redaction === undefined) {
          const reason = reasonFor(dataset, redactionRequired, tier)
          if (reason === undefined) return
          hits.push({
            message: `Dataset ${dataset.id} of model ${model} ${reason}; add \`redaction:\` with \`method\`, \`verified_by\` and \`verified_at\`.`,
            model,
            location: locate(path)
          })
          return
        }
        const missing = FIELDS.filter((field) => redaction[field] === undefined)
        if (missing.length === 0) return
        hits.push({
          message: `The redaction record of dataset ${dataset.id} of model ${model} has no ${listOf(missing, 'or')}; add ${listOf(
            missing.map((field) => HINTS[field]),
            'and'
          )}.`,
          model,
          location: locate([...path, 'redaction'])
        })
      })
    }
    return hits
  }
})
