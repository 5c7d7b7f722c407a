// Small pieces of wording shared by the reporters: counts, waivers, titles, one-line text.
import type { Finding, Severity, Waiver } from '../engine/types.js'
import { RULE_CATALOGUE } from '../rules/ids.js'

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 }
  for (const finding of findings) counts[finding.severity] += 1
  return counts
}

/** "3 errors, 1 warning, 2 notes" (zero counts left out), or "no findings". */
export function describeCounts(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings)
  const parts = [
    counts.error ? plural(counts.error, 'error') : '',
    counts.warning ? plural(counts.warning, 'warning') : '',
    counts.note ? plural(counts.note, 'note') : ''
  ].filter(Boolean)
  return parts.length ? parts.join(', ') : 'no findings'
}

export function ruleName(finding: Finding): string {
  return finding.ruleName || RULE_CATALOGUE[finding.ruleId]?.name || ''
}

/** "reason (approved by X, expires Y)" */
export function describeWaiver(waiver: Waiver): string {
  return `${waiver.reason} (approved by ${waiver.approvedBy}, expires ${waiver.expiresAt})`
}

/** The first 8 hex digits of a sha256 followed by an ellipsis, for display. */
export function shortHash(sha256: string): string {
  return sha256.length > 8 ? `${sha256.slice(0, 8)}…` : sha256
}

// C0 and C1 control characters (escape sequences included) and Unicode line/paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g

/** Untrusted text on one line: newlines, tabs and control characters (ANSI escapes) become one space. */
export function oneLine(text: string): string {
  return text.replace(CONTROLS, ' ').replace(/ {2,}/g, ' ').trim()
}

/** Cuts text to at most `max` UTF-16 code units, never inside a surrogate pair, ending with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  let end = Math.max(0, max - 1)
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return `${text.slice(0, end)}…`
}
