import { describe, expect, it } from '@jest/globals'
import type { FileFact } from '../../../src/engine/evidence.js'
import { parseManifest } from '../../../src/manifest/parse.js'
import rule from '../../../src/rules/rollback/mg402-rollback-procedure-missing.js'
import { check, COMPLETE, lineOf, NOW, policyFrom } from '../context.js'

const RUNBOOK = 'docs/runbooks/support-triage-rollback.md'
const files = (fact: FileFact, path = RUNBOOK) => ({ files: new Map([[path, fact]]) })
const PRESENT = files({ kind: 'file', size: 1834 })

/** The location of the procedure's value. */
function procedureAt(yaml: string) {
  const line = lineOf(yaml, 'procedure:')
  const column = (yaml.split('\n')[line - 1] ?? '').indexOf('procedure:') + 'procedure: '.length + 1
  return { line, column }
}

const withProcedure = (value: string) => COMPLETE.replace(RUNBOOK, value)

describe('MG402 rollback-procedure-missing', () => {
  it('passes the complete manifest when the runbook is in the repository', () => {
    expect(check(rule, COMPLETE, { evidence: PRESENT })).toEqual([])
  })

  it('accepts an https URL as written, without evidence', () => {
    const yaml = withProcedure('https://wiki.example.com/runbooks/support-triage-rollback')
    expect(check(rule, yaml)).toEqual([])
  })

  it('fires at procedure when the path is not in the repository', () => {
    const hits = check(rule, COMPLETE, { evidence: files({ kind: 'missing' }) })
    expect(hits).toEqual([
      {
        model: 'support-triage',
        message: `The rollback procedure of model support-triage names ${RUNBOOK}, which is not in the repository; commit the runbook or fix the path.`,
        location: expect.objectContaining(procedureAt(COMPLETE))
      }
    ])
  })

  it('fires with the reason when the path was refused', () => {
    const reason = 'it resolves outside the repository through a symbolic link'
    const hits = check(rule, COMPLETE, { evidence: files({ kind: 'refused', reason }) })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain(`refused to read (${reason})`)
    expect(hits[0]?.location).toMatchObject(procedureAt(COMPLETE))
  })

  it('fails closed with the reason when the runbook could not be read', () => {
    const reason = 'EIO (i/o error)'
    const hits = check(rule, COMPLETE, { evidence: files({ kind: 'unavailable', reason }) })
    expect(hits).toEqual([
      {
        model: 'support-triage',
        message: `The rollback procedure of model support-triage names ${RUNBOOK}, which could not be read: ${reason}; fix the file or the checkout and run the gate again (it fails closed until the runbook is seen).`,
        location: expect.objectContaining(procedureAt(COMPLETE))
      }
    ])
  })

  it('fires when the runbook is an empty file', () => {
    const hits = check(rule, COMPLETE, { evidence: files({ kind: 'file', size: 0 }) })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('empty file')
  })

  it('fails closed when the path was not gathered', () => {
    const other = check(rule, COMPLETE, { evidence: files({ kind: 'file', size: 10 }, 'README.md') })
    expect(other).toHaveLength(1)
    expect(other[0]?.message).toContain(
      'could not be checked because the run gathered no facts about that path'
    )
    expect(other[0]?.location).toMatchObject(procedureAt(COMPLETE))

    const none = check(rule, COMPLETE)
    expect(none).toHaveLength(1)
    expect(none[0]?.message).toContain('could not be checked because the run gathered no repository files')
    expect(none[0]?.location).toMatchObject(procedureAt(COMPLETE))
  })

  it('finds the fact of a path written with a leading ./', () => {
    expect(check(rule, withProcedure(`./${RUNBOOK}`), { evidence: PRESENT })).toEqual([])
  })

  it('never sees a plain http URL: the schema refuses it', () => {
    const parsed = parseManifest(withProcedure('http://wiki.example.com/rollback'), 'model-governance.yml', {
      now: NOW
    })
    expect(parsed.manifest).toBeUndefined()
    expect(parsed.diagnostics.map((d) => d.message).join('\n')).toContain('https://')
  })

  it('checks a declared procedure even when the tier does not require rollback', () => {
    const policy = policyFrom('tiers:\n  high:\n    require: [data]\n')
    expect(check(rule, COMPLETE, { policy, evidence: files({ kind: 'missing' }) })).toHaveLength(1)
    expect(check(rule, COMPLETE, { policy, evidence: PRESENT })).toEqual([])
  })

  it('spares prompt and retrieval models', () => {
    for (const approach of ['prompt', 'retrieval']) {
      const yaml = COMPLETE.replace('approach: fine-tune', `approach: ${approach}`)
      expect(check(rule, yaml, { evidence: files({ kind: 'missing' }) })).toEqual([])
    }
  })
})
