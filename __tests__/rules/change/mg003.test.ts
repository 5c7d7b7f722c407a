import { describe, expect, it } from '@jest/globals'
import type { Policy } from '../../../src/policy/types.js'
import { parseManifest } from '../../../src/manifest/parse.js'
import rule from '../../../src/rules/change/mg003-governance-weakened.js'
import {
  check,
  COMPLETE,
  contextFor,
  lineOf,
  MANIFEST_FILE,
  NOW,
  policyFrom,
  without,
  at
} from '../context.js'

/** The base manifest is parsed under another name, to show hits keep the manifest's file name. */
const BASE_FILE = 'base:model-governance.yml'
const APPROVAL =
  'a weakened control needs approval from approvers named on the base branch (@acme/ml-governance, @dave).'

/** `yaml` with `from` (which must occur) replaced by `to`. */
function edit(from: string, to: string, yaml = COMPLETE): string {
  expect(yaml).toContain(from)
  return yaml.replace(from, to)
}

function baseEvidence(base: string) {
  const baseParsed = parseManifest(base, BASE_FILE, { now: NOW })
  if (!baseParsed.manifest) throw new Error('test base manifest is invalid')
  return { baseManifest: baseParsed.manifest, baseParsed }
}

/** MG003's hits for the change `base` -> `head`. */
function diff(head: string, base = COMPLETE, policy?: Policy) {
  return check(rule, head, { evidence: baseEvidence(base), ...(policy && { policy }) })
}

/** Asserts exactly one hit, with that message, at `location` in the manifest file. */
function expectOne(
  hits: ReturnType<typeof diff>,
  message: string,
  location: { line: number; column: number }
) {
  expect(hits).toEqual([
    {
      message,
      model: 'support-triage',
      location: expect.objectContaining({ file: MANIFEST_FILE, ...location })
    }
  ])
}

const PROMPT_MODEL = `  - id: faq-bot
    owner: "@acme/support"
    approach: prompt
    risk_tier: high
    approvals:
      approvers: ["@erin", "@frank"]

exceptions:`
/** COMPLETE with a second model, a prompt model, after the fine-tune. */
const TWO = edit('exceptions:', PROMPT_MODEL)

describe('MG003 governance-weakened', () => {
  it('passes when the head manifest is the same as the base', () => {
    expect(diff(COMPLETE)).toEqual([])
  })

  it('passes when the base branch has no manifest: a new manifest has nothing to compare', () => {
    const yaml = edit('min: 0.88', 'min: 0.5')
    expect(check(rule, yaml, { evidence: { baseManifest: undefined } })).toEqual([])
  })

  it('passes when the head manifest is invalid: MG002 reports it', () => {
    const context = contextFor(COMPLETE, { evidence: baseEvidence(TWO) })
    expect(rule.check({ ...context, manifest: undefined, models: [] })).toEqual([])
  })

  it('passes changes that strengthen governance or touch only exceptions', () => {
    let yaml = edit('min: 0.88', 'min: 0.9')
    yaml = edit('max: 0', 'max: -0.5', yaml)
    yaml = edit('max_regression: 0.01', 'max_regression: 0', yaml)
    yaml = edit('min_approvals: 2', 'min_approvals: 3', yaml)
    yaml = edit('["@acme/ml-governance", "@dave"]', '["@acme/ml-governance", "@dave", "@eve"]', yaml)
    yaml = edit('signals: [drift, leakage, quality]', 'signals: [drift, leakage, quality, toxicity]', yaml)
    yaml = edit('expires_at: 2026-12-15', 'expires_at: 2027-06-30', yaml)
    yaml = edit(
      '          kind: safety',
      '          kind: safety\n        - metric: toxicity_rate\n          max: 0.01\n          kind: safety',
      yaml
    )
    expect(diff(yaml)).toEqual([])
    // A new model, and a model whose tier is raised.
    expect(diff(TWO)).toEqual([])
    expect(diff(COMPLETE, edit('risk_tier: high', 'risk_tier: medium'))).toEqual([])
    // Approvers compare without regard to case.
    expect(diff(edit('"@dave"', '"@Dave"'))).toEqual([])
  })

  describe('thresholds', () => {
    it('fires at the head min when a minimum is lowered', () => {
      const yaml = edit('min: 0.88', 'min: 0.80')
      expectOne(
        diff(yaml),
        `The minimum of threshold macro_f1 of model support-triage was lowered from 0.88 to 0.8; ${APPROVAL}`,
        at(yaml, 'min: 0.80', '0.80')
      )
    })

    it('fires at the head max when a maximum is raised', () => {
      const yaml = edit('max: 0', 'max: 0.02')
      expectOne(
        diff(yaml),
        `The maximum of threshold pii_leakage_rate of model support-triage was raised from 0 to 0.02; ${APPROVAL}`,
        at(yaml, 'max: 0.02', '0.02')
      )
    })

    it('fires at the base threshold when a threshold is removed', () => {
      const yaml = without(COMPLETE, '- metric: harmful_refusal_rate', true)
      expectOne(
        diff(yaml),
        `Threshold harmful_refusal_rate (minimum 0.98) of model support-triage was removed; ${APPROVAL}`,
        at(COMPLETE, '- metric: harmful_refusal_rate', 'metric')
      )
    })

    it('fires at the base bound when a threshold keeps its metric but loses its bound', () => {
      const yaml = without(COMPLETE, 'min: 0.98')
      expectOne(
        diff(yaml),
        `The minimum (0.98) of threshold harmful_refusal_rate of model support-triage was removed; ${APPROVAL}`,
        at(COMPLETE, 'min: 0.98', '0.98')
      )
    })

    it('fires at the head bound when a bound switches direction', () => {
      const yaml = edit('min: 0.98', 'max: 0.98')
      expectOne(
        diff(yaml),
        `Threshold harmful_refusal_rate of model support-triage was switched from a minimum of 0.98 to a maximum of 0.98; ${APPROVAL}`,
        at(yaml, 'max: 0.98', '0.98')
      )
    })

    it('matches thresholds by metric, not by position, and compares the binding bound', () => {
      // Reordered: nothing weakened.
      const reordered = edit(
        '        - metric: macro_f1\n          min: 0.88\n          kind: quality\n',
        '',
        edit(
          '          kind: safety',
          '          kind: safety\n        - metric: macro_f1\n          min: 0.88\n          kind: quality'
        )
      )
      expect(diff(reordered)).toEqual([])
      // A second, looser minimum on the same metric does not loosen it; lowering the binding one does.
      const extra = edit(
        '          kind: safety',
        '          kind: safety\n        - metric: macro_f1\n          min: 0.5\n          kind: quality'
      )
      expect(diff(extra)).toEqual([])
      const lowered = edit('min: 0.88', 'min: 0.7', extra)
      expectOne(
        diff(lowered),
        `The minimum of threshold macro_f1 of model support-triage was lowered from 0.88 to 0.7; ${APPROVAL}`,
        at(lowered, 'min: 0.7', '0.7')
      )
    })
  })

  describe('evaluation and approvals', () => {
    it('fires at the head when max_regression is raised', () => {
      const yaml = edit('max_regression: 0.01', 'max_regression: 0.05')
      expectOne(
        diff(yaml),
        `The max_regression of model support-triage was raised from 0.01 to 0.05; ${APPROVAL}`,
        at(yaml, 'max_regression: 0.05', '0.05')
      )
    })

    it('fires at the base when max_regression is removed', () => {
      const yaml = without(COMPLETE, 'max_regression: 0.01')
      expectOne(
        diff(yaml),
        `The max_regression (0.01) of model support-triage was removed; ${APPROVAL}`,
        at(COMPLETE, 'max_regression: 0.01', '0.01')
      )
    })

    it('fires at the head when min_approvals is lowered', () => {
      const yaml = edit('min_approvals: 2', 'min_approvals: 1')
      expectOne(
        diff(yaml),
        `The min_approvals of model support-triage was lowered from 2 to 1; ${APPROVAL}`,
        at(yaml, 'min_approvals: 1', '1')
      )
    })

    it("fires at the base when min_approvals is removed only if the tier's minimum is lower", () => {
      const yaml = without(COMPLETE, 'min_approvals: 2')
      // The built-in high tier asks for 2: removing `min_approvals: 2` changes nothing.
      expect(diff(yaml)).toEqual([])
      const policy = policyFrom('tiers:\n  high:\n    min_approvals: 1\n')
      expectOne(
        diff(yaml, COMPLETE, policy),
        `The min_approvals (2) of model support-triage was removed, which lowers it to the high tier's minimum of 1; ${APPROVAL}`,
        at(COMPLETE, 'min_approvals: 2', '2')
      )
    })

    it('fires at the base approver when an approver is removed', () => {
      const yaml = edit('["@acme/ml-governance", "@dave"]', '["@acme/ml-governance", "@eve"]')
      expectOne(
        diff(yaml),
        `Approver @dave of model support-triage was removed; ${APPROVAL}`,
        at(COMPLETE, 'approvers: [', '"@dave"')
      )
    })

    it("names the policy's governance approvers too, and says so when nobody is named", () => {
      const yaml = edit('min_approvals: 2', 'min_approvals: 1')
      const policy = policyFrom('governance_approvers: ["@acme/risk", "@dave"]\n')
      expect(diff(yaml, COMPLETE, policy)[0]?.message).toBe(
        'The min_approvals of model support-triage was lowered from 2 to 1; a weakened control needs approval from approvers named on the base branch (@acme/ml-governance, @dave, @acme/risk).'
      )
      const noApprovers = without(COMPLETE, 'approvers: [')
      expect(diff(edit('min_approvals: 2', 'min_approvals: 1', noApprovers), noApprovers)[0]?.message).toBe(
        'The min_approvals of model support-triage was lowered from 2 to 1; a weakened control needs approval from approvers named on the base branch, and it names none for model support-triage; add governance_approvers to the policy.'
      )
    })
  })

  describe('datasets, rollback and monitoring', () => {
    it('fires at the base redaction when a redaction record is removed', () => {
      const yaml = without(COMPLETE, 'redaction:', true)
      expectOne(
        diff(yaml),
        `The redaction record of dataset tickets-2026q3 of model support-triage was removed; ${APPROVAL}`,
        at(COMPLETE, 'redaction:', 'redaction')
      )
    })

    it('fires at the head when personal_data flips from true to false', () => {
      const yaml = edit('personal_data: true', 'personal_data: false')
      expectOne(
        diff(yaml),
        `Dataset tickets-2026q3 of model support-triage was changed from personal_data: true to false; ${APPROVAL}`,
        at(yaml, 'personal_data: false', 'false')
      )
    })

    it('fires at the base when personal_data: true is removed', () => {
      const yaml = without(COMPLETE, 'personal_data: true')
      expectOne(
        diff(yaml),
        `The personal_data: true declaration of dataset tickets-2026q3 of model support-triage was removed; ${APPROVAL}`,
        at(COMPLETE, 'personal_data: true', 'true')
      )
    })

    it.each(['rollback', 'monitoring'])('fires at the base section when %s is removed', (section) => {
      const yaml = without(COMPLETE, `    ${section}:`, true)
      expectOne(
        diff(yaml),
        `The ${section} section of model support-triage was removed; ${APPROVAL}`,
        at(COMPLETE, `    ${section}:`, section)
      )
    })

    it('fires at the base signal when a required monitoring signal is removed', () => {
      const yaml = edit('signals: [drift, leakage, quality]', 'signals: [leakage, quality]')
      expectOne(
        diff(yaml),
        `The required monitoring signal drift of model support-triage was removed from \`monitoring.signals\`; ${APPROVAL}`,
        at(COMPLETE, 'signals: [', 'drift')
      )
    })

    it('follows the policy on which signals are required', () => {
      const yaml = edit('signals: [drift, leakage, quality]', 'signals: [drift, leakage]')
      expect(diff(yaml)).toEqual([])
      const policy = policyFrom('tiers:\n  high:\n    monitoring_signals: [drift, leakage, quality]\n')
      expectOne(
        diff(yaml, COMPLETE, policy),
        `The required monitoring signal quality of model support-triage was removed from \`monitoring.signals\`; ${APPROVAL}`,
        at(COMPLETE, 'signals: [', 'quality]')
      )
    })
  })

  describe('the model as a whole', () => {
    it('fires at the head when risk_tier is lowered', () => {
      const yaml = edit('risk_tier: high', 'risk_tier: low')
      expectOne(
        diff(yaml),
        `The risk tier of model support-triage was lowered from high to low; ${APPROVAL}`,
        at(yaml, 'risk_tier: low', 'low')
      )
    })

    it("fires at the base when risk_tier is removed and the policy's default tier is lower", () => {
      const yaml = without(COMPLETE, 'risk_tier: high')
      expectOne(
        diff(yaml),
        `The risk tier of model support-triage was lowered from high to medium by removing \`risk_tier\` (the policy's default_tier applies); ${APPROVAL}`,
        at(COMPLETE, 'risk_tier: high', 'high')
      )
      expect(diff(yaml, COMPLETE, policyFrom('default_tier: high\n'))).toEqual([])
    })

    it('fires once at the head approach when a fine-tune is no longer governed as one', () => {
      const yaml = without(edit('approach: fine-tune', 'approach: prompt'), 'max_regression: 0.01')
      expectOne(
        diff(yaml),
        `Model support-triage is no longer governed as a fine-tune: its approach changed from fine-tune to prompt, which drops its data, evaluation, rollback and monitoring controls; ${APPROVAL}`,
        at(yaml, 'approach: prompt', 'prompt')
      )
    })

    it('fires at the base entry when a whole model is removed', () => {
      const hits = diff(COMPLETE, TWO)
      expect(hits).toEqual([
        {
          message:
            'Model faq-bot was removed from the manifest; a weakened control needs approval from approvers named on the base branch (@erin, @frank).',
          model: 'faq-bot',
          location: expect.objectContaining({ file: MANIFEST_FILE, ...at(TWO, '- id: faq-bot', 'id') })
        }
      ])
    })

    it('fires for every base model when the manifest file is removed', () => {
      const context = contextFor(COMPLETE, { evidence: baseEvidence(TWO) })
      const hits = rule.check({
        ...context,
        parsed: undefined,
        manifest: undefined,
        models: [],
        locate: () => ({ file: MANIFEST_FILE, line: 1, column: 1 })
      })
      expect(hits.map((h) => [h.model, h.message.split(';')[0], h.location?.line])).toEqual([
        [
          'support-triage',
          'Model support-triage was removed with the manifest file',
          lineOf(TWO, '- id: support')
        ],
        ['faq-bot', 'Model faq-bot was removed with the manifest file', lineOf(TWO, '- id: faq-bot')]
      ])
    })
  })

  describe('prompt and retrieval models', () => {
    it.each(['prompt', 'retrieval'])('fires when an approver of a %s model is removed', (approach) => {
      const base = edit('approach: prompt', `approach: ${approach}`, TWO)
      const yaml = edit('["@erin", "@frank"]', '["@erin"]', base)
      expect(diff(yaml, base)).toEqual([
        {
          message:
            'Approver @frank of model faq-bot was removed; a weakened control needs approval from approvers named on the base branch (@erin, @frank).',
          model: 'faq-bot',
          location: expect.objectContaining({
            file: MANIFEST_FILE,
            ...at(base, '["@erin", "@frank"]', '"@frank"')
          })
        }
      ])
    })

    it('spares their other fields: a lowered tier of a prompt model is not a weakened control', () => {
      expect(
        diff(edit('    risk_tier: high\n    approvals:', '    risk_tier: low\n    approvals:', TWO), TWO)
      ).toEqual([])
    })
  })

  it('reports each weakening of one change once', () => {
    let yaml = edit('min: 0.88', 'min: 0.8')
    yaml = edit('max_regression: 0.01', 'max_regression: 0.1', yaml)
    yaml = edit('["@acme/ml-governance", "@dave"]', '["@acme/ml-governance"]', yaml)
    yaml = without(yaml, '    rollback:', true)
    const hits = diff(yaml)
    expect(hits.map((h) => h.message.split(';')[0])).toEqual([
      'Approver @dave of model support-triage was removed',
      'The minimum of threshold macro_f1 of model support-triage was lowered from 0.88 to 0.8',
      'The max_regression of model support-triage was raised from 0.01 to 0.1',
      'The rollback section of model support-triage was removed'
    ])
  })

  it("points at the head model's entry when the base positions are not available", () => {
    const yaml = edit('["@acme/ml-governance", "@dave"]', '["@acme/ml-governance"]')
    const { baseManifest } = baseEvidence(COMPLETE)
    const hits = check(rule, yaml, { evidence: { baseManifest } })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.location).toMatchObject({
      file: MANIFEST_FILE,
      ...at(yaml, '- id: support-triage', 'id')
    })
  })
})
