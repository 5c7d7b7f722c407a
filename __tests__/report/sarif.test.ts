// The SARIF reporter: the log validates against the official SARIF 2.1.0 schema and carries what
// GitHub code scanning reads (platform.md §6): rule descriptors with tags, one location per result,
// fingerprints that survive line shifts and changed numbers, suppressions for waivers, the result limit.
import { describe, expect, it } from '@jest/globals'
import { PULL_REQUEST, type Finding, type RuleMeta } from '../../src/engine/types.js'
import { renderSarif, toSarif, type SarifOptions } from '../../src/report/sarif.js'
import { maskNumbers } from '../../src/report/sarif-results.js'
import type { SarifLog, SarifResult } from '../../src/report/sarif-types.js'
import { docsUrlFor, PROJECT_URL } from '../../src/rules/docs.js'
import { FRAMEWORK_REFS, frameworkTag } from '../../src/rules/frameworks.js'
import { RULES } from '../../src/rules/index.js'
import { VERSION } from '../../src/shared/version.js'
import { sarifValidator } from '../support/sarif-schema.js'
import { finding, manyFindings, sampleResult } from './sample-result.js'

const docsUrl = docsUrlFor()
const options: SarifOptions = { docsUrl }

const waiver = { reason: 'metric replaced next sprint', approvedBy: 'alice', expiresAt: '2026-12-31' }

/** A run with every kind of finding the reporter has to place. */
function richResult() {
  return sampleResult({
    findings: [
      finding({ endLine: 31, endColumn: 15 }),
      finding({
        ruleId: 'MG102',
        ruleName: 'dataset-checksum-mismatch',
        severity: 'warning',
        message: 'data sets/train #1.jsonl has sha256 1234abcd, the manifest says 9876fedc.',
        file: 'data sets/train #1.jsonl',
        line: 2,
        column: 3,
        endLine: 4,
        endColumn: 1
      }),
      finding({ ruleId: 'MG403', ruleName: 'rollback-drill-stale', severity: 'note', waiver }),
      finding({
        ruleId: 'MG001',
        ruleName: 'ungoverned-fine-tune',
        message: 'The label fine-tune asks for fine-tuning that no model governs.',
        model: undefined,
        file: PULL_REQUEST,
        line: undefined,
        column: undefined
      }),
      finding({
        ruleId: 'MG004',
        ruleName: 'policy-changed',
        severity: 'note',
        message: 'The policy changed in this pull request.',
        model: undefined,
        file: undefined,
        line: undefined,
        column: undefined
      })
    ],
    notes: ['1 dataset hashed in 0.2 s.']
  })
}

function resultsOf(log: SarifLog): SarifResult[] {
  return log.runs[0].results
}

function byRule(log: SarifLog, ruleId: string): SarifResult {
  const found = resultsOf(log).find((r) => r.ruleId === ruleId)
  if (!found) throw new Error(`no result for ${ruleId}`)
  return found
}

function fingerprintsOf(findings: Finding[]): string[] {
  const log = toSarif(sampleResult({ findings }), options)
  return resultsOf(log).map((r) => r.partialFingerprints.primaryLocationLineHash)
}

describe('the SARIF log', () => {
  it('validates against the official SARIF 2.1.0 schema, and the validator rejects a broken log', () => {
    const validate = sarifValidator()
    const logs = [
      toSarif(richResult(), options),
      toSarif(richResult(), { ...options, maxResults: 2, sourceRootUri: 'file:///home/runner/work/repo' }),
      toSarif(richResult(), { ...options, rules: [] }),
      toSarif(sampleResult({ findings: [], result: 'pass' }), options)
    ]
    for (const log of logs) {
      // Through JSON, as GitHub reads it.
      const valid = validate(JSON.parse(JSON.stringify(log)))
      expect(validate.errors ?? []).toEqual([])
      expect(valid).toBe(true)
    }
    const broken = JSON.parse(JSON.stringify(logs[0]))
    broken.runs[0].results[0].level = 'fatal'
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0
    expect(validate(broken)).toBe(false)
  })

  it("has GitHub's header, one run, the driver, the category and the run's verdict", () => {
    const log = toSarif(richResult(), options)
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    const run = log.runs[0]
    expect(run.tool.driver).toMatchObject({
      name: 'Model Governance Gate',
      semanticVersion: VERSION,
      informationUri: PROJECT_URL
    })
    expect(run.automationDetails).toEqual({ id: 'model-governance/' })
    expect(run.invocations).toEqual([{ executionSuccessful: true }])
    expect(run).not.toHaveProperty('originalUriBaseIds')
    expect(run.properties).toEqual({
      result: 'fail',
      mode: 'enforce',
      policy: {
        source: '.github/model-governance-policy.yml@0123abc',
        sha256: 'abcd1234ef567890abcd1234ef567890abcd1234ef567890abcd1234ef567890'
      },
      findings: 5
    })
    const rooted = toSarif(richResult(), { ...options, sourceRootUri: 'file:///w/repo' })
    expect(rooted.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///w/repo/' } })
  })

  it('renders 2-space JSON with a trailing newline, the same for any finding order', () => {
    const text = renderSarif(richResult(), options)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n  "version": "2.1.0",\n')
    expect(JSON.parse(text)).toEqual(toSarif(richResult(), options))
    const reversed = richResult()
    reversed.findings.reverse()
    expect(renderSarif(reversed, options)).toBe(text)
  })
})

describe('SARIF rule descriptors', () => {
  const rules = toSarif(sampleResult({ findings: [] }), options).runs[0].tool.driver.rules

  it('describe every registered rule, in order, within GitHub limits, with a link to its page', () => {
    expect(rules.map((r) => r.id)).toEqual(RULES.map((rule) => rule.meta.id))
    for (const [index, rule] of rules.entries()) {
      const meta = RULES[index]!.meta
      expect(rule.name).toBe(meta.name)
      expect(rule.shortDescription.text.length).toBeGreaterThan(0)
      expect(rule.shortDescription.text.length).toBeLessThanOrEqual(1024)
      expect(rule.shortDescription.text).not.toContain('`')
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024)
      expect(rule.fullDescription.text.startsWith(rule.shortDescription.text)).toBe(true)
      expect(rule.helpUri).toBe(docsUrl(meta.id))
      expect(rule.help.text).toContain(docsUrl(meta.id))
      expect(rule.help.markdown).toContain(`](${docsUrl(meta.id)})`)
      expect(rule.help.markdown).toContain(meta.summary)
      expect(rule.defaultConfiguration.level).toBe(meta.defaultSeverity)
      expect(rule.properties.precision).toBe('very-high')
    }
    // Plain text quotes what the Markdown summary marks as code.
    expect(rules[0]!.shortDescription.text).toContain('no "approach: fine-tune" model')
  })

  it('carry at most 10 unique tags: ml-governance, then one per framework before any second', () => {
    for (const rule of rules) {
      const tags = rule.properties.tags
      expect(tags.length).toBeLessThanOrEqual(10)
      expect(new Set(tags).size).toBe(tags.length)
      expect(tags[0]).toBe('ml-governance')
      const known = new Set(FRAMEWORK_REFS[rule.id as keyof typeof FRAMEWORK_REFS].map(frameworkTag))
      for (const tag of tags.slice(1)) expect(known.has(tag)).toBe(true)
    }
    // MG001 has 22 references in 7 frameworks: every framework keeps its first unconditional one.
    const mg001 = rules.find((r) => r.id === 'MG001')!
    expect(mg001.properties.tags).toEqual([
      'ml-governance',
      'nist-ai-rmf:GOVERN-1.4',
      'nist-ai-600-1:MG-3.1-003',
      'owasp-llm:LLM03:2025',
      'iso42001:A.6.1.3',
      'eu-ai-act:Art.17(1)(a)',
      'nist-csf:ID.AM-08',
      'nist-ai-rmf:GOVERN-1.6',
      'nist-ai-600-1:MP-4.1-007',
      'owasp-llm:LLM04:2025'
    ])
  })

  it('map the default severity to GitHub problem.severity, a note to recommendation', () => {
    const meta = (id: RuleMeta['id'], defaultSeverity: RuleMeta['defaultSeverity']): RuleMeta => ({
      ...RULES[0]!.meta,
      id,
      defaultSeverity
    })
    const custom = toSarif(sampleResult({ findings: [] }), {
      ...options,
      rules: [meta('MG001', 'error'), meta('MG004', 'warning'), meta('MG801', 'note')]
    }).runs[0].tool.driver.rules
    expect(custom.map((r) => [r.defaultConfiguration.level, r.properties['problem.severity']])).toEqual([
      ['error', 'error'],
      ['warning', 'warning'],
      ['note', 'recommendation']
    ])
  })

  it('gains a descriptor for a finding whose rule is not among them, and points the result at it', () => {
    const log = toSarif(richResult(), { ...options, rules: [RULES[0]!.meta] })
    const driverRules = log.runs[0].tool.driver.rules
    for (const result of resultsOf(log)) {
      expect(driverRules[result.ruleIndex]?.id).toBe(result.ruleId)
    }
    expect(driverRules.map((r) => r.id)).toEqual(['MG001', 'MG303', 'MG102', 'MG403', 'MG004'])
    const fallback = driverRules.find((r) => r.id === 'MG102')!
    expect(fallback.name).toBe('dataset-checksum-mismatch')
    expect(fallback.helpUri).toBe(docsUrl('MG102'))
    expect(fallback.properties.tags).toContain('owasp-llm:LLM04:2025')
  })
})

describe('SARIF results', () => {
  it('keep the level and point ruleIndex at the rule', () => {
    const log = toSarif(richResult(), options)
    const rules = log.runs[0].tool.driver.rules
    // Most severe first, then by file: "model-governance.yml" before "pull request", no file last.
    expect(resultsOf(log).map((r) => [r.ruleId, r.level])).toEqual([
      ['MG303', 'error'],
      ['MG001', 'error'],
      ['MG102', 'warning'],
      ['MG403', 'note'],
      ['MG004', 'note']
    ])
    for (const result of resultsOf(log)) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId)
  })

  it('locate a finding at its file and region, relative to %SRCROOT%', () => {
    const log = toSarif(richResult(), options)
    expect(byRule(log, 'MG303').locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'model-governance.yml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 31, startColumn: 11, endLine: 31, endColumn: 15 }
        }
      }
    ])
    expect(byRule(log, 'MG102').locations[0].physicalLocation.region).toEqual({
      startLine: 2,
      startColumn: 3,
      endLine: 4,
      endColumn: 1
    })
    const bare = toSarif(
      sampleResult({ findings: [finding({ line: undefined, column: undefined })] }),
      options
    )
    expect(resultsOf(bare)[0]!.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 })
  })

  it('percent-encode paths with spaces and other URI characters, with forward slashes', () => {
    const uriOf = (file: string) =>
      resultsOf(toSarif(sampleResult({ findings: [finding({ file })] }), options))[0]!.locations[0]
        .physicalLocation.artifactLocation.uri
    expect(uriOf('data sets/train #1.jsonl')).toBe('data%20sets/train%20%231.jsonl')
    expect(uriOf('training\\run 2\\config?.yml')).toBe('training/run%202/config%3F.yml')
    expect(uriOf('./données/100%.csv')).toBe('donn%C3%A9es/100%25.csv')
    expect(uriOf('c:odd/file.yml')).toBe('c%3Aodd/file.yml')
  })

  it('place a pull-request finding and a finding without a file at the manifest, line 1', () => {
    const log = toSarif(
      sampleResult({ ...richResult(), manifest: { file: 'ml/gov.yml', found: true } }),
      options
    )
    for (const ruleId of ['MG001', 'MG004']) {
      expect(byRule(log, ruleId).locations[0].physicalLocation).toEqual({
        artifactLocation: { uri: 'ml/gov.yml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 1, startColumn: 1 }
      })
    }
    expect(byRule(log, 'MG001').properties).toEqual({ subject: 'pull-request' })
    expect(byRule(log, 'MG004').properties).toEqual({ subject: 'repository' })
    expect(byRule(log, 'MG303').properties).toEqual({ model: 'support-triage' })
  })

  it('name the model in the message when the message does not', () => {
    const log = toSarif(richResult(), options)
    expect(byRule(log, 'MG303').message.text).toBe(
      'Model support-triage: macro_f1 is 0.84, below the minimum 0.88.'
    )
    expect(byRule(log, 'MG001').message.text).toBe(
      'The label fine-tune asks for fine-tuning that no model governs.'
    )
    const named = finding({ message: 'support-triage has no rollback plan.' })
    expect(resultsOf(toSarif(sampleResult({ findings: [named] }), options))[0]!.message.text).toBe(
      'support-triage has no rollback plan.'
    )
  })

  it('mark a waived finding as an accepted external suppression with its justification', () => {
    const log = toSarif(richResult(), options)
    expect(byRule(log, 'MG403').suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'Exception: metric replaced next sprint (approved by alice, expires 2026-12-31)'
      }
    ])
    expect(byRule(log, 'MG303')).not.toHaveProperty('suppressions')
  })
})

describe('SARIF fingerprints', () => {
  it('stay the same when lines shift and the numbers in the message change', () => {
    const before = [
      finding({ line: 31, column: 11, message: 'macro_f1 is 0.84, below the minimum 0.88.' }),
      finding({
        ruleId: 'MG403',
        ruleName: 'rollback-drill-stale',
        line: 50,
        message: 'Drilled 120 days ago.'
      })
    ]
    const after = [
      finding({ line: 35, column: 13, message: 'macro_f1 is 0.83, below the minimum 0.9.' }),
      finding({
        ruleId: 'MG403',
        ruleName: 'rollback-drill-stale',
        line: 57,
        message: 'Drilled 151 days ago.'
      })
    ]
    const first = fingerprintsOf(before)
    expect(first).toHaveLength(2)
    for (const fingerprint of first) expect(fingerprint).toMatch(/^[0-9a-f]{16}:1$/)
    expect(fingerprintsOf(after)).toEqual(first)
    expect(maskNumbers('macro_f1 is 0.84 (1,218 rows, -3 since 2026-01-31)')).toBe(
      'macro_f# is # (# rows, # since ###)'
    )
  })

  it('differ for a different rule, model, file or wording', () => {
    const base = finding()
    const variants = [
      base,
      finding({ ruleId: 'MG304', ruleName: 'eval-regression' }),
      finding({ model: 'other-model' }),
      finding({ model: undefined }),
      finding({ file: 'evals/results.json' }),
      finding({ message: 'macro_f1 is 0.84, above the maximum 0.80.' })
    ]
    const hashes = variants.map((variant) => fingerprintsOf([variant])[0]!.split(':')[0])
    expect(new Set(hashes).size).toBe(variants.length)
  })

  it('count findings that hash alike with a :N suffix, as upload-sarif does', () => {
    const prints = fingerprintsOf([
      finding({ line: 3, message: 'accuracy is 0.5.' }),
      finding({ line: 9, message: 'accuracy is 0.7.' }),
      finding({ line: 20, message: 'f1 is 0.7.' })
    ])
    const [hashA, countA] = prints[0]!.split(':')
    const [hashB, countB] = prints[1]!.split(':')
    expect([hashA === hashB, countA, countB]).toEqual([true, '1', '2'])
    expect(prints[2]).toMatch(/:1$/)
    expect(prints[2]!.split(':')[0]).not.toBe(hashA)
  })
})

describe('the SARIF result limit', () => {
  const findings = [
    ...manyFindings(2, 'note', 'MG403'),
    ...manyFindings(2, 'warning', 'MG102'),
    ...manyFindings(2, 'error', 'MG101')
  ]

  it('drops the least severe findings first and says so in the run', () => {
    const log = toSarif(sampleResult({ findings }), { ...options, maxResults: 3 })
    expect(resultsOf(log).map((r) => r.level)).toEqual(['error', 'error', 'warning'])
    expect(log.runs[0].properties).toMatchObject({ findings: 6, omitted: 3 })
    expect(log.runs[0].invocations[0].toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        message: {
          text: '3 findings left out: a SARIF run holds at most 3 results, so the least severe were dropped; the JSON report has them all.'
        }
      }
    ])
  })

  it("is GitHub's 25,000 results by default, and leaves a run under it whole", () => {
    const whole = toSarif(sampleResult({ findings }), options)
    expect(resultsOf(whole)).toHaveLength(6)
    expect(whole.runs[0].properties).not.toHaveProperty('omitted')
    const over = toSarif(sampleResult({ findings: manyFindings(25_001, 'note') }), options)
    expect(resultsOf(over)).toHaveLength(25_000)
    expect(over.runs[0].properties.omitted).toBe(1)
  })
})
