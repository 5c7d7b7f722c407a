// The controls table: for each checked model, one mark per control family, so a reviewer sees at a
// glance what is missing. Derived from the findings; no rule is run twice.
import type { ModelEntry } from '../manifest/types.js'
import { CONTROL_SECTIONS } from '../policy/schema.js'
import type { TierRequirements } from '../policy/types.js'
import { RULE_CATALOGUE } from '../rules/ids.js'
import type { ControlFamily, ControlMark, Finding } from './types.js'

export const CONTROL_FAMILIES: readonly ControlFamily[] = CONTROL_SECTIONS

function declared(model: ModelEntry, family: ControlFamily): boolean {
  switch (family) {
    case 'data':
      return (model.datasets?.length ?? 0) > 0
    case 'identities':
      return (model.identities?.length ?? 0) > 0
    default:
      return model[family] !== undefined
  }
}

/** Whether a family's controls apply: prompt and retrieval models are governed by approvals only. */
function applies(model: ModelEntry, family: ControlFamily, requirements: TierRequirements): boolean {
  if (model.approach !== 'fine-tune') return family === 'approvals'
  return requirements.require.includes(family) || declared(model, family)
}

export function controlMarks(
  model: ModelEntry,
  requirements: TierRequirements,
  findings: readonly Finding[]
): Record<ControlFamily, ControlMark> {
  const own = findings.filter((f) => f.model === model.id)
  const marks = {} as Record<ControlFamily, ControlMark>
  for (const family of CONTROL_FAMILIES) {
    const hits = own.filter((f) => RULE_CATALOGUE[f.ruleId].family === family)
    if (hits.some((f) => f.severity === 'error')) marks[family] = 'error'
    else if (hits.some((f) => f.severity === 'warning')) marks[family] = 'warning'
    else if (hits.some((f) => f.waiver)) marks[family] = 'waived'
    else if (hits.length > 0) marks[family] = 'note'
    else marks[family] = applies(model, family, requirements) ? 'pass' : 'not-required'
  }
  return marks
}
