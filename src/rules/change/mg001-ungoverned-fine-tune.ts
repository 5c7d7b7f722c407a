// MG001: the change proposes fine-tuning that no `approach: fine-tune` model covers, including when
// the repository has no manifest at all. Detection is explained: the finding points at the strongest
// uncovered signal's file and line, and says why the gate thinks it is fine-tuning.
import { defineRule } from '../../engine/rule.js'
import { PULL_REQUEST, type RuleHit, type Signal } from '../../engine/types.js'
import { FRAMEWORK_REFS } from '../frameworks.js'
import { listOf } from '../wording.js'
import { coveringModels } from './coverage.js'

const RANK: Record<Signal['strength'], number> = { strong: 0, medium: 1, weak: 2 }

export default defineRule({
  meta: {
    id: 'MG001',
    name: 'ungoverned-fine-tune',
    family: 'change',
    defaultSeverity: 'error',
    summary:
      'The change carries fine-tuning signals that no `approach: fine-tune` model in the manifest covers, including when there is no manifest at all.',
    frameworks: FRAMEWORK_REFS.MG001
  },
  check({ evidence, parsed, manifest, manifestFile, models: checked }): RuleHit[] {
    const { change, fineTuning } = evidence
    if (change && !change.available) {
      // Without the change the gate cannot tell whether fine-tuning is proposed: it fails closed.
      return [
        {
          message: `The gate could not read this change (${change.reason}), so it cannot tell whether fine-tuning is proposed; give the checkout the base commit (fetch-depth: 0) or the token read access to the pull request.`,
          location: { file: manifestFile, line: 1, column: 1 }
        }
      ]
    }
    if (!fineTuning.detected) return []
    // An invalid manifest is MG002's finding; coverage cannot be judged until it parses.
    if (parsed && !manifest) return []
    const models = manifest?.models ?? []
    // A signal about the pull request itself (a label) has no file: it is covered when the change
    // touches a declared fine-tune, and otherwise points at the manifest.
    const touchesFineTune = checked.some((m) => m.entry.approach === 'fine-tune')
    const uncovered = fineTuning.signals
      .filter((signal) =>
        signal.file === PULL_REQUEST ? !touchesFineTune : coveringModels(models, signal.file).length === 0
      )
      .sort((a, b) => RANK[a.strength] - RANK[b.strength])
    const strongest = uncovered[0]
    if (!strongest) return []
    const files = [...new Set(uncovered.map((s) => s.file))]
    const others = files.filter((file) => file !== strongest.file)
    const more = others.length
      ? ` (also ${listOf(others.slice(0, 3))}${others.length > 3 ? ' and more' : ''})`
      : ''
    const fix = manifest
      ? `declare the model in ${manifestFile} with \`approach: fine-tune\` and \`paths:\` covering ${strongest.file}, or remove the training change`
      : `add ${manifestFile} declaring the model with \`approach: fine-tune\` (\`model-governance init\` writes a starter), or remove the training change`
    return [
      {
        message: `This change proposes fine-tuning (${strongest.reason}) in ${strongest.file}${more} that no fine-tune model governs; ${fix}.`,
        location:
          strongest.file === PULL_REQUEST
            ? { file: manifestFile, line: 1, column: 1 }
            : { file: strongest.file, line: strongest.line ?? 1, column: 1 }
      }
    ]
  }
})
