// The Markdown report: the job summary and the body of the PR comment. Everything that comes from
// the pull request is escaped (markdown-escape.ts). The output never exceeds `maxBytes`: findings are
// dropped from the least severe end first, and the rest are counted in a closing line.
import { Buffer } from 'node:buffer'
import { CONTROL_FAMILIES } from '../engine/controls.js'
import type { ControlMark, EvalRow, Finding, RunResult, Verdict } from '../engine/types.js'
import { sortFindings, sortSignals } from '../engine/finding-order.js'
import { codeSpan, escapeMarkdown } from './markdown-escape.js'
import { renderApprovals } from './markdown-approvals.js'
import { type DocsUrl, findingRow, renderFindings } from './markdown-findings.js'
import { describeCounts, plural, shortHash } from './wording.js'

export interface MarkdownOptions {
  docsUrl: DocsUrl
  runUrl?: string
  /** Default 1,000,000: below the 1 MiB a step summary may hold. */
  maxBytes?: number
}

export const DEFAULT_MAX_BYTES = 1_000_000
const MAX_SIGNAL_ROWS = 50
const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' }
const CUT_NOTICE = '… the rest of this report was cut to fit the size limit; see the JSON report.\n'

export function renderMarkdown(result: RunResult, opts: MarkdownOptions): string {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  const head = renderHead(result)
  const tail = opts.runUrl ? `[Open the workflow run](${opts.runUrl})` : ''
  const ordered = sortFindings(result.findings)
  const rows = new Map<Finding, string>(
    ordered.map((finding) => [finding, findingRow(finding, opts.docsUrl)])
  )
  const compose = (shown: number): string =>
    [head, renderFindings(result, ordered.slice(0, shown), rows, ordered.length - shown), tail]
      .filter(Boolean)
      .join('\n\n') + '\n'

  const full = compose(ordered.length)
  if (bytes(full) <= maxBytes) return full
  // The largest number of findings that fits (the size grows with every finding shown).
  let low = 0
  let high = ordered.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (bytes(compose(middle)) <= maxBytes) low = middle
    else high = middle - 1
  }
  const best = compose(low)
  return bytes(best) <= maxBytes ? best : cutToBytes(best, maxBytes)
}

function renderHead(result: RunResult): string {
  const parts = [
    `## ${VERDICT_ICON[result.result]} Model governance: ${result.result} (${result.mode} mode)`,
    [
      `${describeCounts(result.findings)}.`,
      result.policy.sha256
        ? `Policy: ${policyLabel(result)} (sha256 ${codeSpan(shortHash(result.policy.sha256), { inTable: false })})`
        : `Policy: ${policyLabel(result)} (not read)`,
      `Fine-tuning detected: ${result.fineTuning.detected ? 'yes' : 'no'}`
    ].join('  \n')
  ]
  if (result.error !== undefined) {
    parts.push(
      `**The gate could not judge this change, so it failed closed:** ${escapeMarkdown(result.error)}`
    )
  }
  const signals = renderSignals(result)
  if (signals) parts.push(signals)
  if (result.notes.length) parts.push(result.notes.map((note) => `- ${escapeMarkdown(note)}`).join('\n'))
  if (result.models.length) parts.push(renderModels(result))
  const controls = renderControls(result)
  if (controls) parts.push(controls)
  const evaluation = renderEvaluation(result)
  if (evaluation) parts.push(evaluation)
  const approvals = renderApprovals(result)
  if (approvals) parts.push(approvals)
  return parts.join('\n\n')
}

function policyLabel(result: RunResult): string {
  if (result.policy.builtIn) return 'built-in default'
  return codeSpan(result.policy.source, { inTable: false })
}

function renderSignals(result: RunResult): string {
  const signals = sortSignals(result.fineTuning.signals)
  if (!signals.length) return ''
  const rows = signals.slice(0, MAX_SIGNAL_ROWS).map((signal) => {
    const where = signal.line ? `${signal.file}:${signal.line}` : signal.file
    return `| ${codeSpan(signal.id)} (${signal.strength}) | ${codeSpan(where)} | ${escapeMarkdown(signal.reason)} |`
  })
  const more = signals.length - MAX_SIGNAL_ROWS
  const table = ['| Signal | File | Reason |', '|---|---|---|', ...rows].join('\n')
  return more > 0 ? `${table}\n\n… ${plural(more, 'more signal')} in the JSON report.` : table
}

function renderModels(result: RunResult): string {
  const rows = result.models.map((model) => {
    const checked =
      (model.checked ? 'yes' : 'no') + (model.reason ? ` (${escapeMarkdown(model.reason)})` : '')
    return `| ${codeSpan(model.id)} | ${model.approach} | ${model.tier} | ${checked} |`
  })
  return ['### Models', '', '| Model | Approach | Tier | Checked |', '|---|---|---|---|', ...rows].join('\n')
}

const MARK: Record<ControlMark, string> = {
  pass: '✅',
  error: '❌',
  warning: '⚠️',
  note: 'ℹ️',
  waived: '📝',
  'not-required': '➖'
}

/** One row per checked model, one column per control family: what is missing, at a glance. */
function renderControls(result: RunResult): string {
  const checked = result.models.filter((model) => model.controls)
  if (!checked.length) return ''
  const header = `| Model | ${CONTROL_FAMILIES.map((family) => family[0]?.toUpperCase() + family.slice(1)).join(' | ')} |`
  const rows = checked.map(
    (model) =>
      `| ${codeSpan(model.id)} | ${CONTROL_FAMILIES.map((f) => MARK[model.controls![f]]).join(' | ')} |`
  )
  const light = checked
    .filter((model) => model.approach !== 'fine-tune')
    .map((model) => codeSpan(model.id, { inTable: false }))
  return [
    '### Controls',
    '',
    header,
    `|---|${CONTROL_FAMILIES.map(() => ':---:').join('|')}|`,
    ...rows,
    '',
    '✅ in place · ❌ error · ⚠️ warning · 📝 waived by an exception · ℹ️ note · ➖ not required',
    ...(light.length
      ? [
          '',
          `Prompt and retrieval models are governed lightly (an owner and approvers): ${light.join(', ')}.`
        ]
      : [])
  ].join('\n')
}

const VERDICT_MARK: Record<EvalRow['verdict'], string> = {
  pass: '✅ pass',
  'below min': '❌ below min',
  'above max': '❌ above max',
  regressed: '❌ regressed',
  missing: '❌ missing'
}

/** Per checked fine-tune model: each threshold against the results and the production baseline. */
function renderEvaluation(result: RunResult): string {
  const models = result.models.filter((model) => model.evaluation?.length)
  if (!models.length) return ''
  const show = (value: number | undefined) => (value === undefined ? '—' : String(value))
  const sections = models.map((model) => {
    const rows = (model.evaluation ?? []).map(
      (row) =>
        `| ${codeSpan(row.metric)} | ${row.kind ?? '—'} | ${row.bound} ${row.limit} | ${show(row.value)} | ${show(row.baseline)} | ${row.delta === undefined ? '—' : (row.delta > 0 ? '+' : '') + row.delta} | ${VERDICT_MARK[row.verdict]} |`
    )
    return [
      `#### Evaluation of ${codeSpan(model.id, { inTable: false })}`,
      '',
      '| Metric | Kind | Bound | Value | Baseline | Δ | Verdict |',
      '|---|---|---|---|---|---|---|',
      ...rows
    ].join('\n')
  })
  return ['### Evaluation', '', ...sections].join('\n')
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** Last resort when even the report without findings is too big: cut at a line end and say so. */
function cutToBytes(text: string, maxBytes: number): string {
  const budget = Math.max(0, maxBytes - bytes(CUT_NOTICE) - 1)
  const slice = Buffer.from(text, 'utf8').subarray(0, budget)
  const lastNewline = slice.lastIndexOf(0x0a)
  const kept = lastNewline >= 0 ? slice.subarray(0, lastNewline + 1).toString('utf8') : ''
  const out = `${kept}\n${CUT_NOTICE}`
  return bytes(out) <= maxBytes ? out : ''
}
