// MG003: the change weakens governance that the base branch put in place. Each model of the base
// manifest is compared, by id, with the head's (manifest-diff.ts), and each weakening is its own
// finding: a threshold loosened, max_regression raised, min_approvals lowered, an approver, a
// redaction record, the rollback or monitoring section or a required signal removed, the risk tier
// lowered, a fine-tune no longer governed as one, or the whole model removed. Such a change needs the
// approval of those the base branch names (the model's approvers and the policy's governance
// approvers), so the message names them. Every base model is compared, not only the models this run
// checks, because a removed model is in no list of checked models. Nothing to compare: no findings
// (a manifest new in the change; an invalid head manifest, which MG002 reports and no rule reads).
import { defineRule } from '../../engine/rule.js'
import type { Location, RuleHit } from '../../engine/types.js'
import type { Manifest, NodePath } from '../../manifest/types.js'
import type { Policy } from '../../policy/types.js'
import { FRAMEWORK_REFS } from '../frameworks.js'
import { weakenings, type Weakening } from './manifest-diff.js'

/** The model's approvers on the base branch, then the policy's governance approvers, each once. */
function baseApprovers(model: string, base: Manifest, policy: Policy): string[] {
  const entry = base.models.find((m) => m.id === model)
  const seen = new Set<string>()
  return [...(entry?.approvals?.approvers ?? []), ...policy.governance_approvers].filter((handle) => {
    const key = handle.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function needsApproval(model: string, base: Manifest, policy: Policy): string {
  const approvers = baseApprovers(model, base, policy)
  return approvers.length > 0
    ? `a weakened control needs approval from approvers named on the base branch (${approvers.join(', ')})`
    : `a weakened control needs approval from approvers named on the base branch, and it names none for model ${model}; add governance_approvers to the policy`
}

export default defineRule({
  meta: {
    id: 'MG003',
    name: 'governance-weakened',
    family: 'change',
    defaultSeverity: 'error',
    summary:
      "Compared with the base branch's manifest, the change loosens a threshold, raises max_regression, lowers min_approvals or the risk tier, removes an approver, a dataset's redaction, the rollback or monitoring section, a required monitoring signal, or a whole model.",
    frameworks: FRAMEWORK_REFS.MG003
  },
  check({ manifestFile, parsed, manifest, policy, evidence, locate }) {
    const base = evidence.baseManifest
    if (base === undefined) return []
    // A head manifest that exists but is invalid cannot be compared; MG002 fails it.
    if (parsed !== undefined && manifest === undefined) return []

    const baseParsed = evidence.baseParsed
    /** A base node's location, in the manifest file's name; the head's `fallback` without base positions. */
    const locateBase = (path: NodePath, fallback: NodePath): Location =>
      baseParsed === undefined ? locate(fallback) : { ...baseParsed.locate(path), file: manifestFile }

    const hits: RuleHit[] = []
    const headModels = manifest?.models ?? []
    base.models.forEach((baseEntry, baseIndex) => {
      const model = baseEntry.id
      const approval = needsApproval(model, base, policy)
      const headIndex = headModels.findIndex((m) => m.id === model)
      const headEntry = headModels[headIndex]
      if (headEntry === undefined) {
        const how =
          manifest === undefined
            ? `Model ${model} was removed with the manifest file`
            : `Model ${model} was removed from the manifest`
        hits.push({
          message: `${how}; ${approval}.`,
          model,
          location: locateBase(['models', baseIndex], ['models'])
        })
        return
      }
      const found: Weakening[] = weakenings(
        { index: baseIndex, entry: baseEntry },
        { index: headIndex, entry: headEntry },
        policy
      )
      for (const { what, side, path } of found) {
        hits.push({
          message: `${what}; ${approval}.`,
          model,
          // Without base positions, a removal points at the model's entry in the head.
          location: side === 'head' ? locate(path) : locateBase(path, ['models', headIndex])
        })
      }
    })
    return hits
  }
})
