import { describe, expect, it } from '@jest/globals'
import rule from '../../../src/rules/rollback/mg401-rollback-plan-incomplete.js'
import { check, COMPLETE, policyFrom, without, at } from '../context.js'

const NO_ROLLBACK = without(COMPLETE, '    rollback:', true)
const NOT_REQUIRED = policyFrom('tiers:\n  high:\n    require: [data, approvals, evaluation, monitoring]\n')

describe('MG401 rollback-plan-incomplete', () => {
  it('passes the complete manifest', () => {
    expect(check(rule, COMPLETE)).toEqual([])
  })

  it('fires once at the model when its tier requires a rollback plan and there is none', () => {
    const hits = check(rule, NO_ROLLBACK)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.model).toBe('support-triage')
    expect(hits[0]?.message).toBe(
      'Model support-triage has no rollback plan, which the policy requires of high-tier fine-tunes; add a `rollback:` section with previous_model, procedure, owner and trigger.'
    )
    expect(hits[0]?.location).toMatchObject(at(NO_ROLLBACK, '- id: support-triage', 'id:'))
  })

  it.each(['previous_model', 'procedure', 'owner', 'trigger'])(
    'fires at rollback when %s is missing',
    (field) => {
      const yaml = without(COMPLETE, field === 'owner' ? 'owner: "@acme/sre"' : `      ${field}:`)
      const hits = check(rule, yaml)
      expect(hits).toHaveLength(1)
      expect(hits[0]?.message).toContain(`lacks ${field};`)
      expect(hits[0]?.location).toMatchObject(at(yaml, '    rollback:', 'rollback:'))
    }
  )

  it('lists every missing field in one finding', () => {
    const yaml = without(without(COMPLETE, 'owner: "@acme/sre"'), '      trigger:')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({
      model: 'support-triage',
      message:
        'The rollback plan of model support-triage lacks owner and trigger; add them under `rollback:` so that someone knows what to roll back to, how, who and when.',
      location: at(yaml, '    rollback:', 'rollback:')
    })
  })

  it('does not report an absent plan the tier does not require, but checks a declared one', () => {
    expect(check(rule, NO_ROLLBACK, { policy: NOT_REQUIRED })).toEqual([])
    const incomplete = without(COMPLETE, '      trigger:')
    expect(check(rule, incomplete, { policy: NOT_REQUIRED })).toHaveLength(1)
  })

  it('spares prompt and retrieval models', () => {
    for (const approach of ['prompt', 'retrieval']) {
      const plain = COMPLETE.replace('approach: fine-tune', `approach: ${approach}`)
      expect(check(rule, without(plain, '    rollback:', true))).toEqual([])
      expect(check(rule, without(plain, '      trigger:'))).toEqual([])
    }
  })
})
