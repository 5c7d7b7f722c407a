// MG601: fine-tuning is the costly, hard-to-undo way to change a model's behaviour, so a fine-tune
// model says which runtime controls were tried first and why they were not enough; where its tier asks
// for it, it also names the evidence (a prompt baseline, a metric, a minimum uplift). Whether the uplift
// is achieved is MG305's.
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { requirementsFor } from '../../policy/parse.js'
import { FRAMEWORK_REFS } from '../frameworks.js'
import { listOf } from '../wording.js'

const EVIDENCE_FIELDS = ['prompt_baseline', 'metric', 'min_uplift'] as const

export default defineRule({
  meta: {
    id: 'MG601',
    name: 'justification-missing',
    family: 'justification',
    defaultSeverity: 'error',
    summary:
      'A fine-tune model has no justification, or it names no alternative tried or no rationale, or (where the tier requires it) no complete evidence.',
    frameworks: FRAMEWORK_REFS.MG601
  },
  check(ctx) {
    const hits: RuleHit[] = []
    for (const { index, entry, tier } of ctx.models) {
      if (entry.approach !== 'fine-tune') continue
      const requirements = requirementsFor(ctx.policy, entry)
      const evidenceRequired = requirements.justification_evidence
      const justification = entry.justification
      const at = ['models', index, 'justification'] as const
      const hit = (message: string, path: readonly (string | number)[]) =>
        hits.push({ message, model: entry.id, location: ctx.locate([...path]) })

      if (justification === undefined) {
        // Required evidence lives in the justification, so requiring it requires the section too.
        if (!requirements.require.includes('justification') && !evidenceRequired) continue
        const evidence = evidenceRequired
          ? ', and the evidence that fine-tuning beats the prompt baseline'
          : ''
        hit(
          `Model ${entry.id} has no justification, which the policy requires of ${tier}-tier fine-tunes; add a \`justification:\` section with the alternatives tried, the rationale${evidence}.`,
          ['models', index]
        )
        continue
      }

      const alternatives = justification.alternatives_tried
      if (alternatives === undefined || alternatives.length === 0) {
        hit(
          `The justification of model ${entry.id} names no alternative tried; list in \`alternatives_tried:\` the runtime controls tried before fine-tuning (prompt, retrieval, few-shot, tool-use or other).`,
          alternatives === undefined ? at : [...at, 'alternatives_tried']
        )
      }

      if (justification.rationale === undefined || justification.rationale.trim() === '') {
        hit(
          `The justification of model ${entry.id} has no rationale; add \`rationale:\` explaining why prompt-based control is not enough.`,
          justification.rationale === undefined ? at : [...at, 'rationale']
        )
      }

      const evidence = justification.evidence
      if (evidence === undefined) {
        if (!evidenceRequired) continue
        hit(
          `The justification of model ${entry.id} has no evidence, which the policy requires of ${tier}-tier fine-tunes; add \`evidence:\` with prompt_baseline, metric and min_uplift to show that fine-tuning beats the prompt.`,
          at
        )
        continue
      }
      // Evidence declared without being required is still checked: MG305 cannot measure half of it.
      const missing = EVIDENCE_FIELDS.filter((field) => evidence[field] === undefined)
      if (missing.length > 0) {
        hit(
          `The justification evidence of model ${entry.id} lacks ${listOf(missing)}; add ${missing.length === 1 ? 'it' : 'them'} under \`evidence:\` so the uplift over the prompt baseline can be measured.`,
          [...at, 'evidence']
        )
      }
    }
    return hits
  }
})
