// MG106: the change adds or modifies a data file under a fine-tune model's `paths` that is not one of
// that model's datasets: data would enter training without provenance, checksum or redaction record.
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { FRAMEWORK_REFS } from '../frameworks.js'
import { modelMatcher } from '../change/coverage.js'

/** File types that hold examples rather than code or configuration. */
const DATA_FILE = /\.(jsonl|ndjson|parquet|arrow|csv|tsv)(\.gz|\.zst|\.bz2)?$/i
/** Signals that recognised training-shaped rows in a file (chat, preference, instruction JSONL). */
const DATA_SIGNAL = /-jsonl$/

export default defineRule({
  meta: {
    id: 'MG106',
    name: 'dataset-undeclared',
    family: 'data',
    defaultSeverity: 'error',
    summary:
      "A file the change adds or modifies under a model's paths looks like training data but is not one of that model's datasets.",
    frameworks: FRAMEWORK_REFS.MG106
  },
  check({ evidence, models }): RuleHit[] {
    const { change, fineTuning } = evidence
    if (!change?.available) return []
    const dataSignals = new Set(fineTuning.signals.filter((s) => DATA_SIGNAL.test(s.id)).map((s) => s.file))
    const hits: RuleHit[] = []
    for (const { entry } of models) {
      if (entry.approach !== 'fine-tune') continue
      const owns = modelMatcher({ ...entry, datasets: [] })
      const declared = new Set(
        (entry.datasets ?? []).flatMap((d) => (d.path ? [d.path.replace(/^\.\//, '')] : []))
      )
      for (const file of change.files) {
        if (file.status === 'removed' || declared.has(file.path) || !owns(file.path)) continue
        if (!DATA_FILE.test(file.path) && !dataSignals.has(file.path)) continue
        hits.push({
          message: `${file.path} looks like training data under the paths of model ${entry.id} but is not one of its datasets; declare it under \`datasets:\` with its source, licence, owner and sha256, or move it out of the model's paths.`,
          model: entry.id,
          location: { file: file.path, line: 1, column: 1 }
        })
      }
    }
    return hits
  }
})
