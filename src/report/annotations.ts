// Plans the workflow-command annotations for a run. GitHub turns only the first 10 errors, 10
// warnings and 10 notices of a step into annotations (platform.md §1.2), so the plan keeps the most
// severe findings and ends with one notice that says how many were left out. The action face sends
// the plan through @actions/core; this module only decides what to send.
import type { Finding, Severity } from '../engine/types.js'
import { sortFindings } from '../engine/finding-order.js'
import { describeWaiver, plural, ruleName, truncate } from './wording.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface AnnotationProperties {
  title: string
  file?: string
  startLine?: number
  startColumn?: number
  endLine?: number
  endColumn?: number
}

export interface Annotation {
  level: AnnotationLevel
  message: string
  properties: AnnotationProperties
}

export interface AnnotationPlan {
  plan: Annotation[]
  /** How many findings are not in the plan (the overflow notice is not counted as a finding). */
  omitted: number
}

/** GitHub's per-step cap for each annotation type. */
export const ANNOTATIONS_PER_TYPE = 10
/** The runner truncates messages at 4096 characters; stay clearly below. */
export const MAX_ANNOTATION_MESSAGE = 4000
const MAX_TITLE = 255

const LEVEL: Record<Severity, AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' }

export function planAnnotations(
  findings: readonly Finding[],
  opts: { perType?: number } = {}
): AnnotationPlan {
  const perType = Math.max(1, Math.floor(opts.perType ?? ANNOTATIONS_PER_TYPE))
  const sorted = sortFindings(findings)
  const byLevel = (level: AnnotationLevel) => sorted.filter((finding) => LEVEL[finding.severity] === level)
  const errors = byLevel('error')
  const warnings = byLevel('warning')
  const notices = byLevel('notice')

  // The overflow notice takes a notice slot, so reserve it whenever anything is left out.
  const overflow = errors.length > perType || warnings.length > perType || notices.length > perType
  const noticeCap = overflow ? perType - 1 : perType
  const kept = [...errors.slice(0, perType), ...warnings.slice(0, perType), ...notices.slice(0, noticeCap)]
  const omitted = findings.length - kept.length

  const plan = kept.map(toAnnotation)
  if (omitted > 0) plan.push(overflowNotice(omitted, perType))
  return { plan, omitted }
}

export function toAnnotation(finding: Finding): Annotation {
  return {
    level: LEVEL[finding.severity],
    message: annotationMessage(finding),
    properties: { title: annotationTitle(finding), ...position(finding) }
  }
}

function annotationTitle(finding: Finding): string {
  const model = finding.model ? ` (model ${finding.model})` : ''
  return truncate(`${finding.ruleId} ${ruleName(finding)}${model}`, MAX_TITLE)
}

function annotationMessage(finding: Finding): string {
  const waiver = finding.waiver ? ` Waived by exception: ${describeWaiver(finding.waiver)}.` : ''
  return truncate(`${finding.message}${waiver}`, MAX_ANNOTATION_MESSAGE)
}

/** Repository-relative position; columns only when the finding spans a single line (the runner drops them otherwise). */
function position(finding: Finding): Omit<AnnotationProperties, 'title'> {
  if (!finding.file) return {}
  const file = finding.file.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
  if (!isPositive(finding.line)) return { file }
  const line = finding.line
  const endLine = isPositive(finding.endLine) && finding.endLine >= line ? finding.endLine : undefined
  if (endLine !== undefined && endLine !== line) return { file, startLine: line, endLine }
  const out: Omit<AnnotationProperties, 'title'> = { file, startLine: line }
  if (endLine !== undefined) out.endLine = endLine
  if (isPositive(finding.column)) {
    out.startColumn = finding.column
    if (isPositive(finding.endColumn) && finding.endColumn >= finding.column)
      out.endColumn = finding.endColumn
  }
  return out
}

function isPositive(value: number | undefined): value is number {
  return value !== undefined && Number.isInteger(value) && value >= 1
}

function overflowNotice(omitted: number, perType: number): Annotation {
  const verb = omitted === 1 ? 'is' : 'are'
  return {
    level: 'notice',
    message:
      `${plural(omitted, 'more finding')} ${verb} not annotated here (GitHub shows ${perType} per type); ` +
      'see the job summary or the JSON report.',
    properties: { title: 'Model governance: more findings' }
  }
}
