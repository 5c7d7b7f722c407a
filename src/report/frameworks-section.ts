// The "framework references" part of the job summary: for each rule that fired, the public controls
// it gives evidence for. A reference says the check supports a control, not that a model complies.
import type { Finding } from '../engine/types.js'
import { FRAMEWORK_REFS, FRAMEWORKS, frameworkTag, frameworkTitle } from '../rules/frameworks.js'

export function renderFrameworkSection(findings: readonly Finding[]): string {
  const ids = [...new Set(findings.map((f) => f.ruleId))].sort()
  if (ids.length === 0) return ''
  const lines = ['', '<details><summary>Framework references</summary>', '']
  for (const id of ids) {
    lines.push(`**${id}**`, '')
    for (const ref of FRAMEWORK_REFS[id]) {
      const title = frameworkTitle(ref)
      const condition = ref.condition ? ` (${ref.condition})` : ''
      lines.push(
        `- ${FRAMEWORKS[ref.framework].name} \`${frameworkTag(ref)}\`${title ? `: ${title}` : ''}${condition}`
      )
    }
    lines.push('')
  }
  lines.push(
    'A reference says that the check supports the control; it does not say that passing makes a model compliant.',
    '',
    '</details>',
    ''
  )
  return lines.join('\n')
}
