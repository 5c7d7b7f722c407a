// The findings part of the Markdown report: one table per model, then one for findings that concern
// no model ("Repository"), each row linking the rule to its documentation.
import type { Finding, RunResult, Severity } from '../engine/types.js'
import type { RuleId } from '../rules/ids.js'
import { codeSpan, escapeMarkdown } from './markdown-escape.js'
import { describeCounts, describeWaiver, plural, ruleName } from './wording.js'

const ICON: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', note: 'ℹ️ note' }
const TABLE_HEAD = '| Severity | Rule | Name | Location | Message |\n|---|---|---|---|---|'

export type DocsUrl = (ruleId: RuleId) => string

export function findingRow(finding: Finding, docsUrl: DocsUrl): string {
  const waiver = finding.waiver
    ? `<br>_Waived by exception: ${escapeMarkdown(describeWaiver(finding.waiver))}._`
    : ''
  const cells = [
    ICON[finding.severity],
    `[${finding.ruleId}](${docsUrl(finding.ruleId)})`,
    escapeMarkdown(ruleName(finding)),
    location(finding),
    `${escapeMarkdown(finding.message)}${waiver}`
  ]
  return `| ${cells.join(' | ')} |`
}

function location(finding: Finding): string {
  if (!finding.file) return '—'
  const position = [finding.file, finding.line, finding.line ? finding.column : undefined]
    .filter((part) => part !== undefined)
    .join(':')
  return codeSpan(position)
}

/**
 * The findings section for `shown` (a prefix of the severity-ordered findings), with a closing line
 * for the `hidden` ones. `rows` holds each finding's pre-rendered table row.
 */
export function renderFindings(
  result: RunResult,
  shown: readonly Finding[],
  rows: ReadonlyMap<Finding, string>,
  hidden: number
): string {
  const parts = [`### Findings (${describeCounts(result.findings)})`]
  if (result.findings.length === 0) parts.push('No findings.')
  for (const [model, findings] of groupByModel(result, shown)) {
    const heading =
      model === undefined ? '#### Repository' : `#### Model ${codeSpan(model, { inTable: false })}`
    const table = findings.map((finding) => rows.get(finding) ?? '').join('\n')
    parts.push(`${heading} (${describeCounts(findings)})`, `${TABLE_HEAD}\n${table}`)
  }
  if (hidden > 0)
    parts.push(`… ${plural(hidden, 'more finding')} ${hidden === 1 ? 'is' : 'are'} in the JSON report.`)
  return parts.join('\n\n')
}

/** Models in the run's order, then models the run does not list (sorted), then findings without a model. */
function groupByModel(result: RunResult, findings: readonly Finding[]): Map<string | undefined, Finding[]> {
  const groups = new Map<string | undefined, Finding[]>()
  const order = new Map<string, number>(result.models.map((model, index) => [model.id, index]))
  const keys = [...new Set(findings.map((finding) => finding.model))].sort((a, b) => {
    if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1
    const byRun = (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity)
    return Number.isNaN(byRun) || byRun === 0 ? (a < b ? -1 : a > b ? 1 : 0) : byRun
  })
  for (const key of keys) groups.set(key, [])
  for (const finding of findings) groups.get(finding.model)?.push(finding)
  return groups
}
