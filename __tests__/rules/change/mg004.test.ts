import { describe, expect, it } from '@jest/globals'
import type { Change, ChangedFile } from '../../../src/engine/evidence.js'
import rule from '../../../src/rules/change/mg004-policy-changed.js'
import { FRAMEWORK_REFS } from '../../../src/rules/frameworks.js'
import { check, COMPLETE } from '../context.js'

const POLICY = '.github/model-governance-policy.yml'
const change = (...files: ChangedFile[]): Change => ({ available: true, source: 'git', files })
const evidence = (c: Change | undefined, policyFile: string | null = POLICY) => ({
  evidence: { ...(c !== undefined && { change: c }), ...(policyFile !== null && { policyFile }) }
})
const message = (what: string) =>
  `This pull request ${what} the policy file ${POLICY}; the run used the base branch's version, so the change takes effect only after merge and should be reviewed by the policy's owners.`
const AT_LINE_1 = { file: POLICY, line: 1, column: 1 }

describe('MG004 policy-changed', () => {
  it('is a change rule, a warning by default, with the table references', () => {
    expect(rule.meta).toMatchObject({ id: 'MG004', name: 'policy-changed', family: 'change' })
    expect(rule.meta.defaultSeverity).toBe('warning')
    expect(rule.meta.frameworks).toBe(FRAMEWORK_REFS.MG004)
  })

  it('fires at line 1 of the policy file when the change modifies it', () => {
    const hits = check(rule, COMPLETE, evidence(change({ path: POLICY, status: 'modified' })))
    expect(hits).toEqual([{ message: message('changes'), location: AT_LINE_1 }])
  })

  it('says whether the change adds, removes or renames the policy file', () => {
    expect(check(rule, COMPLETE, evidence(change({ path: POLICY, status: 'added' })))[0]?.message).toBe(
      message('adds')
    )
    expect(check(rule, COMPLETE, evidence(change({ path: POLICY, status: 'removed' })))[0]?.message).toBe(
      message('removes')
    )
    const moved = check(
      rule,
      COMPLETE,
      evidence(change({ path: 'policy/governance.yml', status: 'renamed', previousPath: POLICY }))
    )
    expect(moved).toEqual([{ message: message('renames (to policy/governance.yml)'), location: AT_LINE_1 }])
  })

  it('fires when another file is renamed onto the policy path', () => {
    const hits = check(
      rule,
      COMPLETE,
      evidence(change({ path: POLICY, status: 'renamed', previousPath: 'draft-policy.yml' }))
    )
    expect(hits).toEqual([{ message: message('changes'), location: AT_LINE_1 }])
  })

  it('matches a policy path written with a leading ./', () => {
    const hits = check(rule, COMPLETE, evidence(change({ path: POLICY, status: 'modified' }), `./${POLICY}`))
    expect(hits).toEqual([{ message: message('changes'), location: AT_LINE_1 }])
  })

  it('is silent when the change leaves the policy file alone', () => {
    const other = change(
      { path: 'training/support-triage/train.jsonl', status: 'modified' },
      { path: `${POLICY}.bak`, status: 'added' },
      { path: '.github/MODEL-GOVERNANCE-POLICY.yml', status: 'added' }
    )
    expect(check(rule, COMPLETE, evidence(other))).toEqual([])
  })

  it('is silent for a built-in or remote policy (no policy file)', () => {
    expect(check(rule, COMPLETE, evidence(change({ path: POLICY, status: 'modified' }), null))).toEqual([])
  })

  it('is silent outside a change, and when the change could not be read', () => {
    expect(check(rule, COMPLETE, evidence(undefined))).toEqual([])
    expect(check(rule, COMPLETE, evidence({ available: false, reason: 'the files API failed' }))).toEqual([])
  })
})
