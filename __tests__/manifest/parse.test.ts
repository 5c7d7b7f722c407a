import { describe, expect, it } from '@jest/globals'
import { parseManifest } from '../../src/manifest/parse.js'
import { expectOne, FILE, fixture, minimal, positionOf } from './helpers.js'

const SHA = '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae'

describe('parseManifest: the complete example of manifest.md', () => {
  it('parses with zero diagnostics and keeps every field', () => {
    const parsed = parseManifest(fixture('complete.yml'), FILE, { now: new Date('2026-11-20T12:00:00Z') })
    expect(parsed.diagnostics).toEqual([])
    const model = parsed.manifest?.models[0]
    expect(model?.id).toBe('support-triage')
    expect(model?.datasets?.[0]?.collected_at).toBe('2026-10-01')
    expect(model?.evaluation?.thresholds).toHaveLength(3)
    expect(model?.evaluation?.format).toBe('auto')
    expect(model?.identities?.[0]?.secret_ref).toBe('github-secret:OPENAI_FT_KEY')
    expect(parsed.manifest?.exceptions?.[0]?.rule).toBe('MG403')
  })

  it('accepts bytes as well as text, and fills defaults', () => {
    const parsed = parseManifest(
      new TextEncoder().encode(minimal(['datasets:', '  - id: d', '    path: data/train.jsonl'])),
      FILE
    )
    expect(parsed.diagnostics).toEqual([])
    expect(parsed.manifest?.models[0]?.datasets?.[0]?.purpose).toBe('training')
  })

  it('does not treat a missing control as a schema error: the rules report those', () => {
    const text = minimal([
      'datasets:',
      '  - id: d',
      '    uri: s3://bucket/train.jsonl',
      'evaluation:',
      '  thresholds:',
      '    - metric: macro_f1',
      'rollback:',
      '  owner: "@acme/sre"',
      'approvals: {}',
      'identities:',
      '  - name: ft',
      '    kind: api-key'
    ])
    expect(parseManifest(text, FILE).diagnostics).toEqual([])
  })
})

describe('parseManifest: schema problems, each at its exact line and column', () => {
  it('suggests the nearest key for a typo and points at the key itself', () => {
    const text = minimal(['evaluation:', '  tresholds: []'])
    const message = expectOne(
      parseManifest(text, FILE),
      { line: 7, column: 7 },
      /did you mean `thresholds`\?/
    )
    expect(message).toBe('models[0].evaluation has an unknown key `tresholds`; did you mean `thresholds`?')
  })

  it('lists the allowed keys when nothing is close', () => {
    const text = minimal(['rollback:', '  zzzzzzzzzz: 1'])
    const message = expectOne(parseManifest(text, FILE), { line: 7, column: 7 }, /unknown key `zzzzzzzzzz`/)
    expect(message).toContain('previous_model, procedure, owner, tested_at, trigger')
  })

  it('reports an unknown top-level key', () => {
    const text = `${minimal()}exceptons: []\n`
    expectOne(
      parseManifest(text, FILE),
      { line: 6, column: 1 },
      /^The manifest has an unknown key `exceptons`; did you mean `exceptions`\?$/
    )
  })

  it('names the allowed values of an enum, with a suggestion', () => {
    const text = minimal().replace('approach: fine-tune', 'approach: finetune')
    const message = expectOne(
      parseManifest(text, FILE),
      { line: 5, column: 15 },
      /^models\[0\]\.approach must be one of/
    )
    expect(message).toBe(
      'models[0].approach must be one of prompt, retrieval, fine-tune; did you mean `fine-tune`?'
    )
  })

  it('suggests the full word for a shortened enum value', () => {
    const text = minimal(['datasets:', '  - id: a', '    purpose: train', '    path: a.jsonl'])
    expectOne(
      parseManifest(text, FILE),
      { line: 8, column: 18 },
      /one of training, preference, evaluation; did you mean `training`\?$/
    )
  })

  it('explains that yes is not a boolean in YAML 1.2', () => {
    const text = minimal(['datasets:', '  - id: a', '    path: a.jsonl', '    personal_data: yes'])
    expectOne(
      parseManifest(text, FILE),
      { line: 9, column: 24 },
      /must be true or false; YAML 1\.2 reads yes/
    )
  })

  it('rejects a bad handle', () => {
    const text = minimal().replace('"@acme/ml"', 'acme-ml')
    expectOne(
      parseManifest(text, FILE),
      { line: 4, column: 12 },
      /^models\[0\]\.owner must be a GitHub handle/
    )
  })

  it('rejects an impossible date', () => {
    const text = minimal(['rollback:', '  tested_at: 2026-02-30'])
    expectOne(
      parseManifest(text, FILE),
      { line: 7, column: 18 },
      /^models\[0\]\.rollback\.tested_at must be a real calendar date written YYYY-MM-DD/
    )
  })

  it('rejects a bad sha256 with advice on how to get the right one', () => {
    const text = minimal([
      'datasets:',
      '  - id: a',
      '    path: a.jsonl',
      '  - id: b',
      '    path: b.jsonl',
      '    sha256: ABC'
    ])
    const message = expectOne(parseManifest(text, FILE), { line: 11, column: 17 }, /sha256sum/)
    expect(message).toBe(
      "models[0].datasets[1].sha256 must be 64 lowercase hex characters (the file's SHA-256); run sha256sum on the file and paste the digest."
    )
  })

  it('accepts a good sha256', () => {
    const text = minimal(['datasets:', '  - id: a', '    path: a.jsonl', `    sha256: ${SHA}`])
    expect(parseManifest(text, FILE).diagnostics).toEqual([])
  })

  it('rejects a dataset with both path and uri, at the uri', () => {
    const text = minimal(['datasets:', '  - id: a', '    path: a.jsonl', '    uri: s3://b/a.jsonl'])
    expectOne(
      parseManifest(text, FILE),
      { line: 9, column: 14 },
      /^models\[0\]\.datasets\[0\]\.uri must not be set together with path/
    )
  })

  it('rejects a dataset with neither path nor uri, at the dataset', () => {
    const text = minimal(['datasets:', '  - id: a', '    license: MIT'])
    expectOne(
      parseManifest(text, FILE),
      { line: 7, column: 9 },
      /^models\[0\]\.datasets\[0\] must set either path/
    )
  })

  it('rejects duplicate model ids at the second id', () => {
    const text = `${minimal()}  - id: triage\n    owner: "@bob"\n    approach: prompt\n`
    const message = expectOne(parseManifest(text, FILE), { line: 6, column: 9 }, /must be unique/)
    expect(message).toBe('models[1].id repeats the id "triage" of models[0]; model ids must be unique.')
  })

  it('rejects duplicate dataset ids and identity names within a model', () => {
    const text = minimal([
      'datasets:',
      '  - {id: a, path: a.jsonl}',
      '  - {id: a, path: b.jsonl}',
      'identities:',
      '  - {name: x, kind: oidc}',
      '  - {name: x, kind: oidc}'
    ])
    const parsed = parseManifest(text, FILE)
    expect(parsed.diagnostics.map((d) => [d.message, d.location.line, d.location.column])).toEqual([
      [
        'models[0].datasets[1].id repeats the id "a" of models[0].datasets[0]; dataset ids within a model must be unique.',
        8,
        14
      ],
      [
        'models[0].identities[1].name repeats the name "x" of models[0].identities[0]; identity names within a model must be unique.',
        11,
        16
      ]
    ])
  })

  it.each([
    ['../secrets/train.jsonl', /remove the \.\. segment/],
    ['/etc/passwd', /remove the leading \//],
    ['data\\\\train.jsonl', /forward slashes/],
    ['C:/data/train.jsonl', /not a drive path/],
    ['"a\\0b"', /control characters/]
  ])('refuses the hostile path %s', (path, message) => {
    const text = minimal(['datasets:', '  - id: a', `    path: ${path}`])
    expectOne(parseManifest(text, FILE), { line: 8, column: 15 }, message)
  })

  it('refuses a hostile results path, glob and rollback procedure', () => {
    const text = minimal([
      'paths: [training/**, ../x/**]',
      'evaluation:',
      '  results: /tmp/r.json',
      'rollback:',
      '  procedure: http://example.com/runbook'
    ])
    const parsed = parseManifest(text, FILE)
    expect(parsed.diagnostics.map((d) => [d.path?.join('.'), d.location.line, d.location.column])).toEqual([
      ['models.0.paths.1', 6, 26],
      ['models.0.evaluation.results', 8, 16],
      ['models.0.rollback.procedure', 10, 18]
    ])
  })

  it('accepts an https rollback procedure', () => {
    const text = minimal(['rollback:', '  procedure: https://wiki.example.com/runbooks/triage'])
    expect(parseManifest(text, FILE).diagnostics).toEqual([])
  })

  it('says what a missing required field holds and points at its entry', () => {
    const text = minimal().replace('    owner: "@acme/ml"\n', '')
    const message = expectOne(
      parseManifest(text, FILE),
      { line: 3, column: 5 },
      /^models\[0\]\.owner is required; add it/
    )
    expect(message).toContain('@org/team-slug')
  })

  it('reports an empty section as empty', () => {
    const text = minimal(['rollback:'])
    expectOne(
      parseManifest(text, FILE),
      { line: 6, column: 5 },
      /^models\[0\]\.rollback is empty; fill it in or remove the key\.$/
    )
  })

  it('reports a wrong version and an empty models list', () => {
    const parsed = parseManifest('version: 2\nmodels: []\n', FILE)
    expect(parsed.diagnostics.map((d) => [d.message, d.location.line, d.location.column])).toEqual([
      ['version must be 1, the only manifest version this release reads.', 1, 10],
      ['models must list at least one model.', 2, 9]
    ])
  })

  it('says a missing version is required rather than wrong', () => {
    const text = minimal().replace('version: 1\n', '')
    expectOne(
      parseManifest(text, FILE),
      { line: 1, column: 1 },
      /^version is required; add it \(the manifest format version; always 1\)\.$/
    )
  })

  it('reports every problem in one pass', () => {
    const text = minimal([
      'risk_tier: extreme',
      'datasets:',
      '  - {id: a, path: a.jsonl}',
      '  - {id: a, uri: nowhere}'
    ])
    expect(parseManifest(text, FILE).diagnostics.map((d) => d.location.line)).toEqual([6, 9, 9])
  })

  it('never echoes a value that may be a secret', () => {
    const text = minimal([
      'identities:',
      '  - name: ft',
      '    kind: api-key',
      '    secret_ref: sk-proj-abcdef1234567890'
    ])
    const message = expectOne(parseManifest(text, FILE), positionOf(text, 'sk-proj'), /provider:name/)
    expect(message).not.toContain('sk-proj')
  })
})
