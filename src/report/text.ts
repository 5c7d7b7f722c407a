// The command line's report, in the style of eslint's "stylish" formatter: findings grouped by file,
// one aligned line each, then the verdict, the policy, detection and notes. Colours only when asked
// (and then regardless of the stream, which is the caller's business); text from the pull request is
// cleaned of control characters so that it cannot smuggle terminal escapes.
import { styleText } from 'node:util'
import type { Finding, RunResult, Severity, Verdict } from '../engine/types.js'
import { compareByLocation } from '../engine/finding-order.js'
import { countBySeverity, describeWaiver, oneLine, plural, shortHash } from './wording.js'

export interface TextOptions {
  color: boolean
}

type Style = Extract<Parameters<typeof styleText>[0], string>
type Paint = (format: Style | Style[], text: string) => string

const SEVERITY_COLOUR: Record<Severity, Style> = { error: 'red', warning: 'yellow', note: 'cyan' }
const VERDICT: Record<Verdict, { mark: string; colour: Style }> = {
  pass: { mark: '✔', colour: 'green' },
  warn: { mark: '⚠', colour: 'yellow' },
  fail: { mark: '✖', colour: 'red' }
}
const NO_FILE = '(no file)'

export function renderText(result: RunResult, opts: TextOptions): string {
  const paint: Paint = opts.color
    ? (format, text) => styleText(format, text, { validateStream: false })
    : (_format, text) => text
  const blocks = groupByFile(result.findings).map(([file, findings]) => renderFile(file, findings, paint))
  blocks.push(renderFooter(result, paint))
  return `${blocks.join('\n\n')}\n`
}

function groupByFile(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>()
  for (const finding of [...findings].sort(compareByLocation)) {
    const file = finding.file ? oneLine(finding.file) : NO_FILE
    groups.set(file, [...(groups.get(file) ?? []), finding])
  }
  return [...groups]
}

function renderFile(file: string, findings: readonly Finding[], paint: Paint): string {
  const rows = findings.map((finding) => ({
    position: finding.line ? `${finding.line}:${finding.column ?? 0}` : '',
    severity: finding.severity,
    message: describe(finding),
    rule: finding.ruleId
  }))
  const positionWidth = Math.max(...rows.map((row) => row.position.length))
  const severityWidth = Math.max(...rows.map((row) => row.severity.length))
  const messageWidth = Math.max(...rows.map((row) => row.message.length))
  const lines = rows.map((row) =>
    [
      '  ' + paint('dim', row.position.padEnd(positionWidth)),
      paint(SEVERITY_COLOUR[row.severity], row.severity.padEnd(severityWidth)),
      row.message.padEnd(messageWidth),
      paint('dim', row.rule)
    ].join('  ')
  )
  return [paint('underline', file), ...lines].join('\n')
}

function describe(finding: Finding): string {
  const model = finding.model ? `[${finding.model}] ` : ''
  const waiver = finding.waiver ? ` (waived: ${describeWaiver(finding.waiver)})` : ''
  return oneLine(`${model}${finding.message}${waiver}`)
}

function renderFooter(result: RunResult, paint: Paint): string {
  const verdict = VERDICT[result.result]
  const lines = [paint([verdict.colour, 'bold'], `${verdict.mark} ${result.result}: ${summarise(result)}`)]
  const policy = result.policy.builtIn ? 'built-in default' : oneLine(result.policy.source)
  lines.push(`Policy: ${policy} (sha256 ${shortHash(result.policy.sha256)})`)
  const signals = result.fineTuning.signals.length
  const detected = result.fineTuning.detected ? `yes (${plural(signals, 'signal')})` : 'no'
  lines.push(`Fine-tuning detected: ${detected}`)
  const checked = result.models.filter((model) => model.checked).length
  if (result.models.length) lines.push(`Models checked: ${checked} of ${result.models.length}`)
  for (const note of result.notes) lines.push(paint('dim', `Note: ${oneLine(note)}`))
  return lines.join('\n')
}

/** "3 errors, 1 warning (enforce mode)" or "no findings (enforce mode)". */
function summarise(result: RunResult): string {
  const counts = countBySeverity(result.findings)
  const waived = result.findings.filter((finding) => finding.waiver).length
  const parts = [
    counts.error ? plural(counts.error, 'error') : '',
    counts.warning ? plural(counts.warning, 'warning') : '',
    counts.note ? plural(counts.note, 'note') + (waived ? ` (${waived} waived)` : '') : ''
  ].filter(Boolean)
  return `${parts.length ? parts.join(', ') : 'no findings'} (${result.mode} mode)`
}
