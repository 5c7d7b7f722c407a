// MG101: a fine-tune model's datasets must say where the data came from, under what terms, who answers
// for it, when it was collected and which bytes it is (a checksum). A model whose tier requires `data`
// must declare at least one dataset that enters training or preference tuning. Each declared dataset is
// checked whatever its purpose or the tier: evaluation data needs provenance too (contamination).
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import type { DatasetEntry } from '../../manifest/types.js'
import { requirementsFor } from '../../policy/parse.js'
import { FRAMEWORK_REFS } from '../frameworks.js'
import { listOf } from '../wording.js'

type ProvenanceField = 'source' | 'license' | 'owner' | 'collected_at' | 'sha256'

const FIELDS: readonly ProvenanceField[] = ['source', 'license', 'owner', 'collected_at', 'sha256']

/** What to write for each missing field, given the dataset (a `uri` checksum is recorded, not verified). */
function hint(field: ProvenanceField, dataset: DatasetEntry): string {
  switch (field) {
    case 'source':
      return '`source:` (where the data came from)'
    case 'license':
      return '`license:` (an SPDX id or "proprietary")'
    case 'owner':
      return '`owner:` (the accountable "@login" or "@org/team")'
    case 'collected_at':
      return '`collected_at:` (the collection date, YYYY-MM-DD)'
    case 'sha256':
      return dataset.uri !== undefined
        ? '`sha256:` (the SHA-256 of the data at the uri, recorded since the gate cannot fetch it)'
        : "`sha256:` (the file's SHA-256, as sha256sum prints it)"
  }
}

export default defineRule({
  meta: {
    id: 'MG101',
    name: 'dataset-provenance-incomplete',
    family: 'data',
    defaultSeverity: 'error',
    summary:
      'A fine-tune model declares no training data, or a dataset lacks source, license, owner, collected_at or a checksum.',
    frameworks: FRAMEWORK_REFS.MG101
  },
  check({ models, policy, locate }) {
    const hits: RuleHit[] = []
    for (const { index, entry, tier } of models) {
      if (entry.approach !== 'fine-tune') continue
      const datasets = entry.datasets ?? []
      const model = entry.id

      if (requirementsFor(policy, entry).require.includes('data')) {
        const trained = datasets.some((d) => d.purpose === 'training' || d.purpose === 'preference')
        if (!trained) {
          const message =
            datasets.length === 0
              ? `Model ${model} declares no datasets, which its ${tier} tier requires; list the data it is trained on under \`datasets:\` with purpose training or preference.`
              : `Model ${model} declares only evaluation datasets, and its ${tier} tier requires the training data; add the datasets it is trained on with \`purpose: training\` or \`purpose: preference\`.`
          hits.push({ message, model, location: locate(['models', index, 'datasets']) })
        }
      }

      datasets.forEach((dataset, d) => {
        const missing = FIELDS.filter((field) => dataset[field] === undefined)
        if (missing.length === 0) return
        const names = listOf(missing, 'or')
        const hints = listOf(
          missing.map((field) => hint(field, dataset)),
          'and'
        )
        hits.push({
          message: `Dataset ${dataset.id} of model ${model} has no ${names}; add ${hints}.`,
          model,
          location: locate(['models', index, 'datasets', d])
        })
      })
    }
    return hits
  }
})
