/** The results formats `evaluation.format` names (besides `auto`). */
export type EvalFormat = 'generic' | 'promptfoo' | 'lm-eval' | 'inspect' | 'model-index'

export const EVAL_FORMATS: readonly EvalFormat[] = [
  'generic',
  'promptfoo',
  'lm-eval',
  'inspect',
  'model-index'
]

/** One metric value read from a results file, normalised across formats. */
export interface EvalRecord {
  source: EvalFormat
  /** lm-eval task, inspect scorer, model-index dataset; absent for generic and promptfoo. */
  group?: string
  /** The metric key without the lm-eval filter (`acc_norm`, `accuracy`, `f1`, `safety.refusal_rate`). */
  metric: string
  /** lm-eval only: the part of `acc_norm,none` after the first comma. */
  filter?: string
  value: number
  stderr?: number
  samples?: number
  higherIsBetter?: boolean
}

/**
 * A metric the file names but whose value is not a finite number (NaN, Infinity, a string, even
 * a numeric one, a boolean, null, an object). It never yields a record; it is remembered so a
 * lookup can say "is not a finite number" rather than "absent".
 */
export interface InvalidEntry {
  source: EvalFormat
  group?: string
  metric: string
  filter?: string
  /** What the value was, for messages: `NaN`, `the string "0.91"`, `true`, `null`, ... */
  found: string
}

export type EvalRead =
  | {
      ok: true
      format: EvalFormat
      records: EvalRecord[]
      invalid: InvalidEntry[]
      /** Things worth telling a reviewer that do not fail the read (e.g. incomplete samples). */
      warnings: string[]
    }
  | { ok: false; reason: string }

type Named = Pick<EvalRecord, 'group' | 'metric' | 'filter'>

/** The METRIC part of a name: the key exactly as the file writes it (lm-eval filter included). */
export function metricName(entry: Named): string {
  return entry.filter === undefined ? entry.metric : `${entry.metric},${entry.filter}`
}

/** `GROUP/METRIC`, or the bare METRIC for formats without groups. */
export function qualifiedName(entry: Named): string {
  return entry.group === undefined ? metricName(entry) : `${entry.group}/${metricName(entry)}`
}
