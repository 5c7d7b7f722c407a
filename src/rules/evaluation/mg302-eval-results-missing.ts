// MG302: a thresholded model's results are absent, unreadable or of an unknown format, or a
// thresholded metric is not in them. A missing metric is a finding, never a pass.
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { FRAMEWORK_REFS } from '../frameworks.js'
import { thresholdResults } from './threshold-results.js'

export default defineRule({
  meta: {
    id: 'MG302',
    name: 'eval-results-missing',
    family: 'evaluation',
    defaultSeverity: 'error',
    summary:
      'The results file is absent, unreadable or of an unknown format, or a thresholded metric is absent from it.',
    frameworks: FRAMEWORK_REFS.MG302
  },
  check(ctx) {
    const hits: RuleHit[] = []
    for (const { index, entry } of ctx.models) {
      const evaluation = entry.evaluation
      if (entry.approach !== 'fine-tune' || !evaluation?.thresholds?.length || evaluation.results) continue
      hits.push({
        message: `Model ${entry.id} has thresholds but no results to hold them to; set \`evaluation.results\` to the file your eval harness writes.`,
        model: entry.id,
        location: ctx.locate(['models', index, 'evaluation'])
      })
    }
    const reported = new Set<string>()
    for (const { model, threshold, path, resultsPath, read, lookup } of thresholdResults(ctx)) {
      const resultsNode = [...path.slice(0, 2), 'evaluation', 'results']
      if (!read?.ok) {
        if (reported.has(`${model.id}:${resultsPath}`)) continue
        reported.add(`${model.id}:${resultsPath}`)
        const why = read ? read.reason : 'it was not read by this run'
        hits.push({
          message: `The results file ${resultsPath} of model ${model.id} cannot be used (${why}); commit the file your eval harness wrote, or set \`evaluation.format\`.`,
          model: model.id,
          location: ctx.locate(resultsNode)
        })
        continue
      }
      if (lookup && !lookup.ok) {
        // The lookup's reason already names the nearest metrics the file has.
        hits.push({
          message: `Threshold metric \`${threshold.metric}\` of model ${model.id} cannot be judged from ${resultsPath}: ${lookup.reason}.`,
          model: model.id,
          location: ctx.locate([...path, 'metric'])
        })
      }
    }
    return hits
  }
})
