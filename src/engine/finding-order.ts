// One deterministic order for findings and signals, shared by every reporter so that annotations,
// the summary, the text output and the JSON report list things the same way on every run.
import type { Finding, Severity, Signal } from './types.js'

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 }

function compareText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0
  if (a === undefined) return 1 // findings without a file come last
  if (b === undefined) return -1
  return a < b ? -1 : 1 // code-unit order: the same on every machine and locale
}

function compareNumber(a: number | undefined, b: number | undefined): number {
  return (a ?? 0) - (b ?? 0)
}

/** By location only: file, line, column; then rule id, model and message to break ties. */
export function compareByLocation(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    compareNumber(a.line, b.line) ||
    compareNumber(a.column, b.column) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.model, b.model) ||
    compareText(a.message, b.message)
  )
}

/** Most severe first, then by location. */
export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareByLocation(a, b)
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings)
}

export function sortSignals(signals: readonly Signal[]): Signal[] {
  return [...signals].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      compareNumber(a.line, b.line) ||
      compareText(a.id, b.id) ||
      compareText(a.reason, b.reason)
  )
}
