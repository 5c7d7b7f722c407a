// Builds a RuleContext from manifest YAML, the way the engine does, so a rule's check can be tested
// alone on plain values: its hits, messages and exact manifest locations.
import { readFileSync } from 'node:fs'
import { emptyEvidence, type Evidence } from '../../src/engine/evidence.js'
import type { Rule, RuleContext } from '../../src/engine/rule.js'
import type { RuleHit } from '../../src/engine/types.js'
import { readEvalResults } from '../../src/evidence/evals/read.js'
import type { EvalRead } from '../../src/evidence/evals/types.js'
import { parseManifest } from '../../src/manifest/parse.js'
import { builtInPolicy, parsePolicy } from '../../src/policy/parse.js'
import type { Policy } from '../../src/policy/types.js'

export const NOW = new Date('2026-11-24T12:00:00Z')
export const MANIFEST_FILE = 'model-governance.yml'

/** The complete, compliant manifest of manifest.md (every control present). */
export const COMPLETE = readFileSync(new URL('../fixtures/manifests/complete.yml', import.meta.url), 'utf8')

/** A policy: the built-in default, or a policy file's YAML (without `version: 1`) merged over it. */
export function policyFrom(yaml?: string): Policy {
  if (yaml === undefined) return builtInPolicy().policy
  const { resolved, diagnostics } = parsePolicy(`version: 1\n${yaml}`, 'policy.yml')
  if (!resolved) throw new Error(`test policy is invalid: ${JSON.stringify(diagnostics)}`)
  return resolved.policy
}

/** A generic results file (`{"metrics": ...}`) as the gate reads it. */
export function evalRead(metrics: Record<string, unknown>, name = 'results.json'): EvalRead {
  return readEvalResults(new TextEncoder().encode(JSON.stringify({ metrics })), name, 'auto')
}

/**
 * Evidence under which COMPLETE passes: every file it names exists, the dataset digest matches, and its
 * approver team's members were read (two people, with @dave enough for the two approvals).
 */
export function completeEvidence(): Partial<Evidence> {
  const file = { kind: 'file', size: 100 } as const
  return {
    approverTeams: new Map([
      ['@acme/ml-governance', { kind: 'members', members: new Set(['erin', 'frank']) }]
    ]),
    datasets: new Map([
      [
        'training/support-triage/train.jsonl',
        {
          kind: 'hashed',
          sha256: '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
          size: 3,
          ms: 1
        }
      ]
    ]),
    files: new Map([
      ['docs/runbooks/support-triage-rollback.md', file],
      ['evals/support-triage/results.json', file],
      ['evals/support-triage/baseline.json', file],
      ['evals/support-triage/prompt-baseline.json', file]
    ]),
    evals: new Map([
      [
        'evals/support-triage/results.json',
        evalRead({ macro_f1: 0.9, pii_leakage_rate: 0, harmful_refusal_rate: 0.99 })
      ],
      [
        'evals/support-triage/baseline.json',
        evalRead({ macro_f1: 0.89, pii_leakage_rate: 0, harmful_refusal_rate: 0.985 })
      ],
      ['evals/support-triage/prompt-baseline.json', evalRead({ macro_f1: 0.81 })]
    ])
  }
}

export interface ContextOptions {
  policy?: Policy
  evidence?: Partial<Evidence>
  now?: Date
}

export function contextFor(yaml: string, options: ContextOptions = {}): RuleContext {
  const now = options.now ?? NOW
  const parsed = parseManifest(yaml, MANIFEST_FILE, { now })
  if (!parsed.manifest)
    throw new Error(`test manifest is invalid: ${JSON.stringify(parsed.diagnostics, null, 1)}`)
  const policy = options.policy ?? policyFrom()
  return {
    manifestFile: MANIFEST_FILE,
    parsed,
    manifest: parsed.manifest,
    policy,
    models: parsed.manifest.models.map((entry, index) => ({
      entry,
      index,
      tier: entry.risk_tier ?? policy.default_tier
    })),
    // By default the base branch's manifest is the same as the head's (nothing changed authority).
    evidence: { ...emptyEvidence(), baseManifest: parsed.manifest, ...options.evidence },
    now,
    locate: (path) => parsed.locate(path)
  }
}

export function check(rule: Rule, yaml: string, options?: ContextOptions): RuleHit[] {
  return rule.check(contextFor(yaml, options))
}

/** The 1-based line of the first line containing `text` in `yaml` (to assert locations robustly). */
export function lineOf(yaml: string, text: string): number {
  const index = yaml.split('\n').findIndex((line) => line.includes(text))
  if (index < 0) throw new Error(`"${text}" is not in the manifest`)
  return index + 1
}

/** The line and column of `token` on the first line containing `text` (by default, of `text` itself). */
export function at(yaml: string, text: string, token = text): { line: number; column: number } {
  const line = lineOf(yaml, text)
  const column = (yaml.split('\n')[line - 1] ?? '').indexOf(token) + 1
  if (column === 0) throw new Error(`"${token}" is not on the line of "${text}"`)
  return { line, column }
}

/** `yaml` with the first line containing `text` (and, with `block`, its indented children) removed. */
export function without(yaml: string, text: string, block = false): string {
  const lines = yaml.split('\n')
  const start = lines.findIndex((line) => line.includes(text))
  if (start < 0) throw new Error(`"${text}" is not in the manifest`)
  let end = start + 1
  if (block) {
    const indent = (lines[start] ?? '').search(/\S/)
    while (
      end < lines.length &&
      ((lines[end] ?? '').trim() === '' || (lines[end] ?? '').search(/\S/) > indent)
    )
      end++
  }
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n')
}
