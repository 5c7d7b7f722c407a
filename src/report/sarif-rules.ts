// SARIF rule descriptors: what each rule checks, its framework references as tags, and a link to its
// page. GitHub shows the descriptions and the help on every alert, keeps descriptions to 1024
// characters and keeps only 10 tags of a rule (platform.md §6), so the tags are chosen in order.
import type { FrameworkRef, RuleMeta, Severity } from '../engine/types.js'
import {
  FRAMEWORK_ORDER,
  FRAMEWORK_REFS,
  FRAMEWORKS,
  frameworkTag,
  frameworkTitle
} from '../rules/frameworks.js'
import { RULE_CATALOGUE, type RuleId } from '../rules/ids.js'
import type { ProblemSeverity, SarifRule } from './sarif-types.js'
import { truncate } from './wording.js'

/** GitHub keeps 10 tags of a rule (of at most 20). */
export const MAX_RULE_TAGS = 10
/** GitHub's limit for `shortDescription.text` and `fullDescription.text`. */
export const MAX_DESCRIPTION = 1024
/** The tag every rule carries, so all of this tool's alerts can be filtered at once. */
export const GOVERNANCE_TAG = 'ml-governance'

const PROBLEM_SEVERITY: Record<Severity, ProblemSeverity> = {
  error: 'error',
  warning: 'warning',
  note: 'recommendation'
}

const NOT_COMPLIANCE =
  'A reference says that the check supports the control; it does not say that passing makes a model compliant.'

export type DescribedRule = Pick<RuleMeta, 'id' | 'name' | 'summary' | 'defaultSeverity' | 'frameworks'>

export function ruleDescriptor(meta: DescribedRule, docsUrl: (id: RuleId) => string): SarifRule {
  const url = docsUrl(meta.id)
  const summary = plain(meta.summary)
  return {
    id: meta.id,
    name: meta.name,
    shortDescription: { text: truncate(summary, MAX_DESCRIPTION) },
    fullDescription: { text: truncate(fullDescription(summary, meta.frameworks), MAX_DESCRIPTION) },
    help: { text: helpText(meta, summary, url), markdown: helpMarkdown(meta, url) },
    helpUri: url,
    defaultConfiguration: { level: meta.defaultSeverity },
    properties: {
      tags: ruleTags(meta.frameworks),
      precision: 'very-high',
      'problem.severity': PROBLEM_SEVERITY[meta.defaultSeverity]
    }
  }
}

/**
 * A descriptor for a rule that a finding names but the registry passed in does not (defensive: every
 * finding needs one). The catalogue gives the name and the framework table the references.
 */
export function fallbackRule(id: RuleId, ruleName: string): DescribedRule {
  const known = Object.hasOwn(RULE_CATALOGUE, id)
  const name = ruleName || (known ? RULE_CATALOGUE[id].name : id)
  return {
    id,
    name,
    summary: `${id} ${name}: see the rule's page for what it checks.`,
    defaultSeverity: 'warning',
    frameworks: Object.hasOwn(FRAMEWORK_REFS, id) ? FRAMEWORK_REFS[id] : []
  }
}

/**
 * The governance tag, then the framework tags, most useful first: one reference per framework in the
 * table's column order (its first, primary control), then the second of each, and so on, so that
 * every framework stays searchable when a rule has more references than GitHub keeps. References
 * that apply only under a condition (agentic systems, substantial modifications) come last.
 */
export function ruleTags(refs: readonly FrameworkRef[]): string[] {
  const ordered = [
    ...interleaveByFramework(refs.filter((ref) => !ref.condition)),
    ...interleaveByFramework(refs.filter((ref) => ref.condition))
  ]
  return [...new Set([GOVERNANCE_TAG, ...ordered.map(frameworkTag)])].slice(0, MAX_RULE_TAGS)
}

function interleaveByFramework(refs: readonly FrameworkRef[]): FrameworkRef[] {
  const columns = FRAMEWORK_ORDER.map((framework) => refs.filter((ref) => ref.framework === framework))
  const out: FrameworkRef[] = []
  for (let round = 0; out.length < refs.length; round++) {
    for (const column of columns) {
      const ref = column[round]
      if (ref) out.push(ref)
    }
  }
  return out
}

/** The summary as plain text: rule summaries mark code with backticks, plain text quotes it. */
function plain(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '"$1"').replace(/`/g, '')
}

function fullDescription(summary: string, refs: readonly FrameworkRef[]): string {
  if (refs.length === 0) return summary
  const groups = FRAMEWORK_ORDER.map((framework) => {
    const ids = refs.filter((ref) => ref.framework === framework).map((ref) => ref.id)
    return ids.length ? `${FRAMEWORKS[framework].name} ${ids.join(', ')}` : ''
  }).filter(Boolean)
  return `${summary} Framework references: ${groups.join('; ')}.`
}

function describeRef(ref: FrameworkRef): string {
  const title = frameworkTitle(ref)
  const condition = ref.condition ? ` (${ref.condition})` : ''
  return `${FRAMEWORKS[ref.framework].name} ${ref.id}${title ? `: ${title}` : ''}${condition}`
}

function helpText(meta: DescribedRule, summary: string, url: string): string {
  const lines = [`${meta.id} ${meta.name}`, '', summary, '']
  if (meta.frameworks.length) {
    lines.push('Framework references:', ...meta.frameworks.map((ref) => `- ${describeRef(ref)}`), '')
    lines.push(NOT_COMPLIANCE, '')
  }
  lines.push(`Documentation: ${url}`)
  return lines.join('\n')
}

function helpMarkdown(meta: DescribedRule, url: string): string {
  const lines = [`**${meta.id} ${meta.name}**`, '', meta.summary, '']
  if (meta.frameworks.length) {
    lines.push('**Framework references**', '')
    for (const ref of meta.frameworks) {
      const title = frameworkTitle(ref)
      const condition = ref.condition ? ` (${ref.condition})` : ''
      lines.push(
        `- ${FRAMEWORKS[ref.framework].name} \`${frameworkTag(ref)}\`${title ? `: ${title}` : ''}${condition}`
      )
    }
    lines.push('', NOT_COMPLIANCE, '')
  }
  lines.push(`[What ${meta.id} checks and how to fix it](${url})`)
  return lines.join('\n')
}
