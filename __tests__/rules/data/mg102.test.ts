import { describe, expect, it } from '@jest/globals'
import type { DatasetDigest } from '../../../src/engine/evidence.js'
import rule from '../../../src/rules/data/mg102-dataset-checksum-mismatch.js'
import { check, COMPLETE, lineOf, policyFrom, without } from '../context.js'

const PATH = 'training/support-triage/train.jsonl'
const DECLARED = '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae'
const OTHER = 'fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9'

const datasets = (digest: DatasetDigest, path = PATH) => ({ datasets: new Map([[path, digest]]) })
const HASHED = datasets({ kind: 'hashed', sha256: DECLARED, size: 3, ms: 1 })

/** The location of the value of the first `key:` line containing `text`. */
function valueAt(yaml: string, key: string, text = key) {
  const line = lineOf(yaml, text)
  const column = (yaml.split('\n')[line - 1] ?? '').indexOf(`${key}:`) + `${key}: `.length + 1
  return { line, column }
}

describe('MG102 dataset-checksum-mismatch', () => {
  it('passes the complete manifest when the file hashes to the declared sha256', () => {
    expect(check(rule, COMPLETE, { evidence: HASHED })).toEqual([])
  })

  it('passes a Git LFS pointer whose oid is the declared sha256', () => {
    const evidence = datasets({ kind: 'lfs-pointer', oid: DECLARED, size: 2_000_000_000 })
    expect(check(rule, COMPLETE, { evidence })).toEqual([])
  })

  it('fires at sha256 when the content differs, naming both digests by their first 12 characters', () => {
    const hits = check(rule, COMPLETE, {
      evidence: datasets({ kind: 'hashed', sha256: OTHER, size: 3, ms: 1 })
    })
    expect(hits).toEqual([
      {
        model: 'support-triage',
        message:
          'Dataset tickets-2026q3 of model support-triage has SHA-256 fcde2b2edba5…, but the manifest declares 2c26b46b68ff…; if the data change is intended, update sha256 and have it re-approved.',
        location: expect.objectContaining(valueAt(COMPLETE, 'sha256'))
      }
    ])
  })

  it("fires at sha256 when a Git LFS pointer's oid differs", () => {
    const hits = check(rule, COMPLETE, { evidence: datasets({ kind: 'lfs-pointer', oid: OTHER, size: 10 }) })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('has SHA-256 fcde2b2edba5… (from its Git LFS pointer)')
    expect(hits[0]?.location).toMatchObject(valueAt(COMPLETE, 'sha256'))
  })

  it('fires at path when the file does not exist', () => {
    const hits = check(rule, COMPLETE, { evidence: datasets({ kind: 'missing' }) })
    expect(hits).toEqual([
      {
        model: 'support-triage',
        message: `Dataset tickets-2026q3 of model support-triage does not exist at ${PATH}; commit the file or fix the path.`,
        location: expect.objectContaining(valueAt(COMPLETE, 'path', 'path: training/'))
      }
    ])
  })

  it('fires at path with the reason when the file was refused', () => {
    const reason = 'it is a symbolic link to a file outside the repository'
    const hits = check(rule, COMPLETE, { evidence: datasets({ kind: 'refused', reason }) })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toBe(
      `Dataset tickets-2026q3 of model support-triage was not read: ${PATH} is refused (${reason}); commit the data as a regular file at that path.`
    )
    expect(hits[0]?.location).toMatchObject(valueAt(COMPLETE, 'path', 'path: training/'))
  })

  it('fails closed when the file could not be read', () => {
    const hits = check(rule, COMPLETE, {
      evidence: datasets({ kind: 'unavailable', reason: 'EIO (i/o error)' })
    })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain(`${PATH} could not be read (EIO (i/o error))`)
    expect(hits[0]?.location).toMatchObject(valueAt(COMPLETE, 'path', 'path: training/'))
  })

  it('fails closed when the path was not gathered, or no digests were gathered at all', () => {
    const other = check(rule, COMPLETE, { evidence: datasets({ kind: 'missing' }, 'training/other.jsonl') })
    expect(other).toHaveLength(1)
    expect(other[0]?.message).toContain('could not be checked because the run did not read that path')
    expect(other[0]?.location).toMatchObject(valueAt(COMPLETE, 'path', 'path: training/'))

    const none = check(rule, COMPLETE)
    expect(none).toHaveLength(1)
    expect(none[0]?.message).toContain('could not be checked because the run gathered no dataset digests')
    expect(none[0]?.location).toMatchObject(valueAt(COMPLETE, 'path', 'path: training/'))
  })

  it('finds a path written with a leading ./ under the path the gatherer used', () => {
    const yaml = COMPLETE.replace(`path: ${PATH}`, `path: ./${PATH}`)
    expect(check(rule, yaml, { evidence: HASHED })).toEqual([])
  })

  it('compares each dataset of each model, firing once per mismatch', () => {
    const yaml = COMPLETE.replace(
      '    approvals:',
      [
        '      - id: preferences',
        '        purpose: preference',
        '        path: training/support-triage/prefs.jsonl',
        `        sha256: ${OTHER}`,
        '',
        '    approvals:'
      ].join('\n')
    )
    const evidence = {
      datasets: new Map<string, DatasetDigest>([
        [PATH, { kind: 'hashed', sha256: DECLARED, size: 3, ms: 1 }],
        ['training/support-triage/prefs.jsonl', { kind: 'hashed', sha256: DECLARED, size: 3, ms: 1 }]
      ])
    }
    const hits = check(rule, yaml, { evidence })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toMatch(/^Dataset preferences of model support-triage has SHA-256 2c26b46b68ff…/)
    expect(hits[0]?.location).toMatchObject(valueAt(yaml, 'sha256', `sha256: ${OTHER}`))
  })

  it('leaves a dataset without sha256 to MG101', () => {
    const yaml = without(COMPLETE, 'sha256:')
    expect(check(rule, yaml, { evidence: datasets({ kind: 'missing' }) })).toEqual([])
    expect(check(rule, yaml)).toEqual([])
  })

  it('records a uri dataset without verifying it', () => {
    const yaml = COMPLETE.replace(`path: ${PATH}`, 'uri: s3://acme-ml/tickets-2026q3.jsonl')
    expect(check(rule, yaml)).toEqual([])
  })

  it('verifies a declared checksum whatever the tier requires: the policy cannot spare a mismatch', () => {
    const policy = policyFrom('tiers:\n  high:\n    require: [approvals]\n')
    const evidence = datasets({ kind: 'hashed', sha256: OTHER, size: 3, ms: 1 })
    const hits = check(rule, COMPLETE, { policy, evidence })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.location).toMatchObject(valueAt(COMPLETE, 'sha256'))
    // ...and, under the same policy, a model without checksums is still not MG102's business.
    expect(check(rule, without(COMPLETE, 'sha256:'), { policy, evidence })).toEqual([])
  })

  it.each(['prompt', 'retrieval'])('spares %s models', (approach) => {
    const yaml = COMPLETE.replace('approach: fine-tune', `approach: ${approach}`)
    expect(check(rule, yaml, { evidence: datasets({ kind: 'missing' }) })).toEqual([])
    expect(check(rule, yaml)).toEqual([])
  })
})
