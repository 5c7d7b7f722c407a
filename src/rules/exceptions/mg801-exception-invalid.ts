// MG801: an exception that waives nothing. The engine already refuses to apply such an exception
// (engine/waivers.ts); this rule reports it, so that a waiver someone relies on does not silently stop
// working, and a pull request that tries to waive its own findings is visible. Every exception of the
// manifest is checked, not only those of the models this run checks. Authority comes from the base
// branch, through the same function the engine uses to apply waivers.
import { isExpired } from '../../engine/dates.js'
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { authorisedApprovers, signOffProblem, UNWAIVABLE } from '../../engine/waivers.js'
import { isRuleId } from '../ids.js'
import { FRAMEWORK_REFS } from '../frameworks.js'

/**
 * Rules no exception can waive: a broken manifest or a broken exception is never excused. Mirrors the
 * engine's own set in engine/waivers.ts, which is not exported.
 */

export default defineRule({
  meta: {
    id: 'MG801',
    name: 'exception-invalid',
    family: 'exceptions',
    defaultSeverity: 'error',
    summary:
      'An exception is expired, unapproved, names an unknown rule or model, or is approved by someone who is not an approver on the base branch.',
    frameworks: FRAMEWORK_REFS.MG801
  },
  check({ manifest, policy, evidence, now, locate }) {
    if (manifest === undefined) return []
    const modelIds = new Set(manifest.models.map((m) => m.id))
    const hits: RuleHit[] = []
    ;(manifest.exceptions ?? []).forEach((exception, i) => {
      const path = ['exceptions', i] as const
      const knownModel = modelIds.has(exception.model)
      const model = knownModel ? { model: exception.model } : {}
      const what = `The exception for ${exception.rule} on model ${exception.model}`
      const report = (message: string, field?: 'rule' | 'model' | 'approved_by' | 'expires_at') =>
        hits.push({ message, ...model, location: locate(field === undefined ? path : [...path, field]) })

      if (!isRuleId(exception.rule)) {
        report(
          `${what} names rule ${exception.rule}, which does not exist; use a rule id from docs/rules or remove the exception.`,
          'rule'
        )
      } else if (UNWAIVABLE.has(exception.rule)) {
        report(
          `${what} cannot apply: ${exception.rule} can never be waived; fix what it reports and remove the exception.`,
          'rule'
        )
      }
      if (!knownModel) {
        report(
          `${what} names a model that is not in the manifest's models; correct the model id or remove the exception.`,
          'model'
        )
      }

      if (exception.approved_by === undefined) {
        report(
          `${what} is unapproved; add \`approved_by:\` naming one of the model's approvers on the base branch or a governance approver of the policy.`
        )
      } else if (
        // Authority is per model: for a model the manifest does not know, the hit above says enough.
        knownModel &&
        !authorisedApprovers(exception.model, evidence.baseManifest, policy).has(exception.approved_by)
      ) {
        const basis =
          evidence.baseManifest === undefined
            ? "the base branch's manifest was not available, so only the policy's governance_approvers count"
            : `only model ${exception.model}'s approvers on the base branch and the policy's governance_approvers count`
        report(
          `${what} is approved by ${exception.approved_by}, who has no authority to waive it (${basis}); have an authorised approver approve it.`,
          'approved_by'
        )
      } else if (knownModel) {
        const problem = signOffProblem(exception, evidence)
        if (problem) report(`${what} waives nothing yet: ${problem}.`, 'approved_by')
      }

      if (exception.expires_at === undefined) {
        report(
          `${what} has no expires_at; exceptions must be time-boxed, so add \`expires_at:\` (the last day it applies, YYYY-MM-DD).`
        )
      } else if (isExpired(exception.expires_at, now)) {
        report(
          `${what} expired on ${exception.expires_at}; fix the finding and remove the exception, or renew it with a new expires_at and approval.`,
          'expires_at'
        )
      }
    })
    return hits
  }
})
