// The summary's evaluation table: for each checked fine-tune model, each threshold with the value the
// results report, the production baseline, the difference and the verdict. Derived from the same
// evidence and lookups as MG302-MG304, so the table and the findings cannot disagree.
import { findMetric } from '../evidence/evals/lookup.js'
import { thresholdResults } from '../rules/evaluation/threshold-results.js'
import type { RuleContext } from './rule.js'
import type { EvalRow } from './types.js'

export function evaluationTables(context: RuleContext): Map<string, EvalRow[]> {
  const tables = new Map<string, EvalRow[]>()
  for (const { model, threshold, lookup } of thresholdResults(context)) {
    const bound = threshold.min !== undefined ? 'min' : 'max'
    const limit = (threshold.min ?? threshold.max) as number
    const value = lookup?.ok ? lookup.record.value : undefined
    const baselineRead = model.evaluation?.baseline
      ? context.evidence.evals?.get(model.evaluation.baseline)
      : undefined
    const before = baselineRead?.ok ? findMetric(baselineRead, threshold.metric) : undefined
    const baseline = before?.ok ? before.record.value : undefined
    const delta = value !== undefined && baseline !== undefined ? round(value - baseline) : undefined
    const worse = delta === undefined ? 0 : bound === 'min' ? -delta : delta
    const verdict: EvalRow['verdict'] =
      value === undefined
        ? 'missing'
        : bound === 'min'
          ? value < limit
            ? 'below min'
            : worse > (model.evaluation?.max_regression ?? 0) + 1e-9
              ? 'regressed'
              : 'pass'
          : value > limit
            ? 'above max'
            : worse > (model.evaluation?.max_regression ?? 0) + 1e-9
              ? 'regressed'
              : 'pass'
    const row: EvalRow = {
      metric: threshold.metric,
      ...(threshold.kind !== undefined && { kind: threshold.kind }),
      bound,
      limit,
      ...(value !== undefined && { value }),
      ...(baseline !== undefined && { baseline }),
      ...(delta !== undefined && { delta }),
      verdict
    }
    tables.set(model.id, [...(tables.get(model.id) ?? []), row])
  }
  return tables
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6
}
