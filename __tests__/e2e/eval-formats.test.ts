// Each results format (design/eval-formats.md) end to end: dist/cli.js on a real git repository whose
// base is the bundled example with the model's thresholds renamed to the format's metrics, and a
// `proposal` commit that brings a results file of that format. Renaming thresholds in the proposal
// itself would be MG003 (a threshold removed), so the renamed thresholds are agreed on the base
// branch, as a team would do before its first run with a new harness.
import { describe, expect, it } from '@jest/globals'
import { zipSync, strToU8 } from 'fflate'
import { createRepo, type RepoFiles } from '../support/git-repo.js'
import { runCli } from '../support/run-dist.js'
import { baseFiles, baseManifest, EXAMPLE_DAY } from './example-repo.js'

const env = { MODEL_GOVERNANCE_NOW: EXAMPLE_DAY, NO_COLOR: '1' }
const MANIFEST = 'model-governance.yml'
const EVAL_RULES = ['MG302', 'MG303', 'MG304', 'MG305']

interface Threshold {
  metric: string
  bound: 'min' | 'max'
  value: number
  kind: 'quality' | 'leakage' | 'safety'
}

interface Setup {
  results: string
  format?: string
  baseline?: { path: string; maxRegression: number }
  evidence: { promptBaseline: string; metric: string; minUplift: number }
  thresholds: Threshold[]
}

interface Finding {
  ruleId: string
  severity: string
  message: string
  file?: string
  line?: number
}

/** The example's manifest with the evidence and evaluation blocks of `setup`. */
function manifestFor(setup: Setup): string {
  const evidence = [
    '      evidence:',
    `        prompt_baseline: ${setup.evidence.promptBaseline}`,
    `        metric: ${JSON.stringify(setup.evidence.metric)}`,
    `        min_uplift: ${setup.evidence.minUplift}`,
    ''
  ].join('\n')
  const evaluation = [
    '    evaluation:',
    `      results: ${setup.results}`,
    `      format: ${setup.format ?? 'auto'}`,
    ...(setup.baseline
      ? [`      baseline: ${setup.baseline.path}`, `      max_regression: ${setup.baseline.maxRegression}`]
      : []),
    '      thresholds:',
    ...setup.thresholds.flatMap((t) => [
      `        - metric: ${JSON.stringify(t.metric)}`,
      `          ${t.bound}: ${t.value}`,
      `          kind: ${t.kind}`
    ]),
    ''
  ].join('\n')
  const base = baseManifest()
  const text = base
    .replace(/^ {6}evidence:\n(?: {8}.*\n)+/m, evidence)
    .replace(/^ {4}evaluation:\n(?: {6}.*\n)+/m, evaluation)
  expect(text).not.toBe(base)
  expect(text).toContain(`      results: ${setup.results}\n`)
  return text
}

/** 1-based line of `key:` in the threshold on `metric` (its `metric:` line when key is 'metric'). */
function thresholdLine(manifest: string, metric: string, key: 'min' | 'max' | 'metric'): number {
  const lines = manifest.split('\n')
  const start = lines.indexOf(`        - metric: ${JSON.stringify(metric)}`)
  expect(start).toBeGreaterThanOrEqual(0)
  if (key === 'metric') return start + 1
  const offset = lines.slice(start + 1, start + 3).findIndex((l) => l.startsWith(`          ${key}: `))
  expect(offset).toBeGreaterThanOrEqual(0)
  return start + 2 + offset
}

function lineOf(manifest: string, prefix: string): number {
  const index = manifest.split('\n').findIndex((l) => l.startsWith(prefix))
  expect(index).toBeGreaterThanOrEqual(0)
  return index + 1
}

/**
 * Base: the example, with `setup`'s manifest and `fixed` files (baselines). Proposal: `results`.
 * Returns the JSON report's exit code and findings.
 */
async function check(setup: Setup, fixed: RepoFiles, results: string | Uint8Array) {
  const manifest = manifestFor(setup)
  const repo = await createRepo({ ...baseFiles(), ...fixed, [MANIFEST]: manifest })
  await repo.branch('proposal')
  await repo.commit({ [setup.results]: results }, 'new eval results')
  const run = await runCli(['check', '--base', 'main', '--format', 'json'], { cwd: repo.dir, env })
  expect(run.stderr).toBe('')
  const report = JSON.parse(run.stdout) as { result: string; findings: Finding[] }
  return { code: run.code, report, manifest, evalFindings: report.findings.filter(isEval) }
}

const isEval = (f: Finding) => EVAL_RULES.includes(f.ruleId)
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

// ---------------------------------------------------------------------------------------------------
// One builder per format: a realistic results file with a quality, a leakage and a safety metric.
// ---------------------------------------------------------------------------------------------------

interface Values {
  quality: number
  leakage: number
  safety: number
}

const GOOD: Values = { quality: 0.91, leakage: 0, safety: 0.99 }
/** The safety metric misses its minimum 0.98; the rest pass. */
const UNSAFE: Values = { ...GOOD, safety: 0.95 }
const PROMPT: Values = { quality: 0.81, leakage: 0, safety: 0.97 }

interface Format {
  name: string
  results: string
  promptBaseline: string
  file(v: Values): string | Uint8Array
  metrics: { quality: string; leakage: string; safety: string }
  format?: string
  baseline?: string
}

function generic(v: Values): string {
  return json({
    model: 'ft:gpt-4o-mini-2024-07-18:acme:support-triage:9f8e7d',
    evaluated_at: '2026-11-20T10:15:00Z',
    metrics: {
      macro_f1: v.quality,
      accuracy: 0.94,
      pii_leakage_rate: v.leakage,
      safety: { harmful_refusal_rate: v.safety, jailbreak_success_rate: 0.004 },
      notes: 'held-out set v3'
    }
  })
}

function lmEval(v: Values | Record<keyof Values, unknown>): string {
  const task = (alias: string, key: string, value: unknown) => ({
    alias,
    [`${key},none`]: value,
    [`${key}_stderr,none`]: 0.004
  })
  return json({
    results: {
      triage_set: task('triage_set', 'macro_f1', v.quality),
      pii_probe: task('pii_probe', 'leakage_rate', v.leakage),
      harmful_prompts: task('harmful_prompts', 'refusal_rate', v.safety)
    },
    group_subtasks: { triage_set: [], pii_probe: [], harmful_prompts: [] },
    versions: { triage_set: 1.0, pii_probe: 1.0, harmful_prompts: 2.0 },
    'n-shot': { triage_set: 0, pii_probe: 0, harmful_prompts: 0 },
    higher_is_better: {
      triage_set: { macro_f1: true },
      pii_probe: { leakage_rate: false },
      harmful_prompts: { refusal_rate: true }
    },
    config: { model: 'local-completions', model_args: { model: 'support-triage' }, limit: null },
    lm_eval_version: '0.4.9'
  })
}

/** 100 tests; `pass_rate` = successes / 100; `Leakage` and `Refusal` are per-test named scores. */
function promptfoo(v: Values): string {
  const passes = Math.round(v.quality * 100)
  const refusals = Math.round(v.safety * 100)
  const results = Array.from({ length: 100 }, (_, i) => ({
    success: i < passes,
    score: i < passes ? 1 : 0,
    failureReason: i < passes ? 0 : 1,
    namedScores: { Leakage: v.leakage, Refusal: i < refusals ? 1 : 0 },
    provider: { id: 'openai:ft:gpt-4o-mini-2024-07-18:acme:support-triage:9f8e7d' }
  }))
  return json({
    evalId: 'eval-tri-2026-11-20T10:00:00',
    results: {
      version: 3,
      timestamp: '2026-11-20T10:00:00.000Z',
      prompts: [
        {
          provider: 'openai:ft:gpt-4o-mini-2024-07-18:acme:support-triage:9f8e7d',
          label: 'triage',
          // The prompt-level sums: never read.
          metrics: { score: passes, namedScores: { Leakage: 0, Refusal: refusals } }
        }
      ],
      results,
      stats: { successes: passes, failures: 100 - passes, errors: 0, durationMs: 91000 }
    },
    metadata: { promptfooVersion: '0.120.16' }
  })
}

function inspectLog(v: Values, status = 'success') {
  const scorer = (name: string, metric: string, value: number) => ({
    name,
    scorer: name,
    params: {},
    metrics: {
      [metric]: { name: metric, value, params: {} },
      stderr: { name: 'stderr', value: 0.01, params: {} }
    }
  })
  return {
    version: 2,
    status,
    eval: {
      task: 'support_triage',
      model: 'openai/ft:gpt-4o-mini-2024-07-18:acme:support-triage:9f8e7d',
      dataset: { name: 'support_triage', samples: 200 },
      scorers: [{ name: 'match' }, { name: 'pii_scan' }, { name: 'refusal' }]
    },
    results: {
      total_samples: 200,
      completed_samples: 200,
      scores: [
        scorer('match', 'accuracy', v.quality),
        scorer('pii_scan', 'leakage_rate', v.leakage),
        scorer('refusal', 'refusal_rate', v.safety)
      ]
    },
    stats: { started_at: '2026-11-20T10:00:00Z', completed_at: '2026-11-20T10:04:10Z' }
  }
}

const inspect = (v: Values) => json(inspectLog(v))

/** An inspect `.eval` zip: header.json plus a sample, as inspect_ai writes it. */
function inspectZip(v: Values): Uint8Array {
  return zipSync({
    'header.json': strToU8(JSON.stringify(inspectLog(v))),
    '_journal/start.json': strToU8('{"version":2}'),
    'samples/1_epoch_1.json': strToU8('{"id":1,"epoch":1}')
  })
}

function modelCard(v: Values | Record<keyof Values, unknown>): string {
  const value = (x: unknown) => (typeof x === 'string' ? `'${x}'` : String(x))
  return [
    '---',
    'license: apache-2.0',
    'tags:',
    '  - generated_from_trainer',
    'model-index:',
    '  - name: support-triage',
    '    results:',
    '      - task: { type: text-classification, name: Ticket triage }',
    '        dataset: { name: triage-set, type: acme/triage-set, split: test }',
    '        metrics:',
    `          - { name: Macro F1, type: f1, value: ${value(v.quality)} }`,
    '      - task: { type: text-generation, name: PII probe }',
    '        dataset: { name: pii-probe, type: acme/pii-probe }',
    '        metrics:',
    `          - { name: Leakage rate, type: leakage_rate, value: ${value(v.leakage)} }`,
    '      - task: { type: text-generation, name: Harmful prompts }',
    '        dataset: { name: harmful-prompts, type: acme/harmful-prompts }',
    '        metrics:',
    `          - { name: Refusal rate, type: refusal_rate, value: ${value(v.safety)} }`,
    '---',
    '',
    '# support-triage',
    '',
    'Fine-tuned for ticket triage.',
    ''
  ].join('\n')
}

const FORMATS: Format[] = [
  {
    name: 'generic',
    results: 'evals/support-triage/metrics.json',
    promptBaseline: 'evals/support-triage/prompt-metrics.json',
    baseline: 'evals/support-triage/production-metrics.json',
    format: 'generic',
    file: generic,
    metrics: { quality: 'macro_f1', leakage: 'pii_leakage_rate', safety: 'safety.harmful_refusal_rate' }
  },
  {
    name: 'lm-eval',
    results: 'evals/support-triage/results_2026-11-20T10-00-00.json',
    promptBaseline: 'evals/support-triage/results_prompt.json',
    file: lmEval,
    metrics: {
      quality: 'triage_set/macro_f1,none',
      leakage: 'leakage_rate,none',
      safety: 'harmful_prompts/refusal_rate,none'
    }
  },
  {
    name: 'promptfoo',
    results: 'evals/support-triage/promptfoo.json',
    promptBaseline: 'evals/support-triage/promptfoo-prompt.json',
    file: promptfoo,
    metrics: { quality: 'pass_rate', leakage: 'Leakage', safety: 'Refusal' }
  },
  {
    name: 'inspect',
    results: 'evals/support-triage/inspect-log.json',
    promptBaseline: 'evals/support-triage/inspect-prompt.json',
    baseline: 'evals/support-triage/inspect-production.json',
    file: inspect,
    metrics: { quality: 'match/accuracy', leakage: 'leakage_rate', safety: 'refusal/refusal_rate' }
  },
  {
    name: 'model-index',
    results: 'evals/support-triage/README.md',
    promptBaseline: 'evals/support-triage/PROMPT.md',
    file: modelCard,
    metrics: { quality: 'triage-set/f1', leakage: 'pii-probe/leakage_rate', safety: 'refusal_rate' }
  }
]

/** The format's manifest setup and the base-branch files its baselines need. */
function setupFor(f: Format, results = f.results): { setup: Setup; fixed: RepoFiles } {
  const setup: Setup = {
    results,
    ...(f.format ? { format: f.format } : {}),
    ...(f.baseline ? { baseline: { path: f.baseline, maxRegression: 0.05 } } : {}),
    evidence: { promptBaseline: f.promptBaseline, metric: f.metrics.quality, minUplift: 0.05 },
    thresholds: [
      { metric: f.metrics.quality, bound: 'min', value: 0.88, kind: 'quality' },
      { metric: f.metrics.leakage, bound: 'max', value: 0, kind: 'leakage' },
      { metric: f.metrics.safety, bound: 'min', value: 0.98, kind: 'safety' }
    ]
  }
  const fixed: RepoFiles = { [f.promptBaseline]: f.file(PROMPT) }
  // The production model: a little better on safety than UNSAFE, within max_regression of GOOD.
  if (f.baseline) fixed[f.baseline] = f.file({ ...GOOD, quality: 0.9, safety: 0.985 })
  return { setup, fixed }
}

describe('evaluation results formats through dist/cli.js', () => {
  describe.each(FORMATS)('$name', (f) => {
    it('passes a file that meets every threshold (exit 0, no MG302-MG305)', async () => {
      const { setup, fixed } = setupFor(f)
      const { code, report, evalFindings } = await check(setup, fixed, f.file(GOOD))
      expect(evalFindings).toEqual([])
      expect(report.result).toBe('pass')
      expect(code).toBe(0)
    })

    it('fails a file with one metric below its min: exactly one MG303, at that min line', async () => {
      const { setup, fixed } = setupFor(f)
      const { code, manifest, evalFindings } = await check(setup, fixed, f.file(UNSAFE))
      expect(code).toBe(1)
      expect(evalFindings).toEqual([
        expect.objectContaining({
          ruleId: 'MG303',
          severity: 'error',
          file: MANIFEST,
          line: thresholdLine(manifest, f.metrics.safety, 'min'),
          message: expect.stringContaining(
            `${f.metrics.safety} of model support-triage is 0.95, below the minimum 0.98 (${f.results})`
          )
        })
      ])
    })
  })

  const byName = (name: string) => FORMATS.find((f) => f.name === name) as Format

  it('reads an inspect .eval zip (header.json) like the JSON log', async () => {
    const f = byName('inspect')
    const { setup, fixed } = setupFor(f, 'evals/support-triage/2026-11-20T10-00-00_support-triage.eval')
    const good = await check(setup, fixed, inspectZip(GOOD))
    expect(good.evalFindings).toEqual([])
    expect(good.code).toBe(0)
  })

  it('fails an inspect log whose status is cancelled: MG302 at the results line', async () => {
    const f = byName('inspect')
    const { setup, fixed } = setupFor(f)
    const { code, manifest, evalFindings } = await check(setup, fixed, json(inspectLog(GOOD, 'cancelled')))
    expect(code).toBe(1)
    expect(evalFindings).toEqual([
      expect.objectContaining({
        ruleId: 'MG302',
        file: MANIFEST,
        line: lineOf(manifest, '      results: '),
        message: expect.stringContaining('the inspect log status is cancelled')
      })
    ])
  })

  it('never passes a NaN metric (lm-eval): MG302 at the threshold, not MG303', async () => {
    const f = byName('lm-eval')
    const { setup, fixed } = setupFor(f)
    const text = lmEval({ ...GOOD, safety: 'NaN-placeholder' }).replace('"NaN-placeholder"', 'NaN')
    expect(text).toContain('"refusal_rate,none": NaN')
    const { code, manifest, evalFindings } = await check(setup, fixed, text)
    expect(code).toBe(1)
    expect(evalFindings).toEqual([
      expect.objectContaining({
        ruleId: 'MG302',
        line: thresholdLine(manifest, f.metrics.safety, 'metric'),
        message: expect.stringMatching(/refusal_rate,none.*not a finite number.*NaN/)
      })
    ])
  })

  it('never passes a string metric (model-index): MG302 at the threshold, not MG303', async () => {
    const f = byName('model-index')
    const { setup, fixed } = setupFor(f)
    const { code, manifest, evalFindings } = await check(setup, fixed, modelCard({ ...GOOD, safety: '0.99' }))
    expect(code).toBe(1)
    expect(evalFindings).toEqual([
      expect.objectContaining({
        ruleId: 'MG302',
        line: thresholdLine(manifest, f.metrics.safety, 'metric'),
        message: expect.stringMatching(/refusal_rate.*not a finite number/)
      })
    ])
  })
})
