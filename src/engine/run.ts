// run(): manifest + policy + evidence -> findings and a verdict. Pure: no I/O, no GitHub toolkit,
// the same for the action and the CLI.
import type { Manifest, NodePath, ParsedManifest } from '../manifest/types.js'
import type { ResolvedPolicy } from '../policy/types.js'
import { RULES } from '../rules/index.js'
import type { Evidence } from './evidence.js'
import type { CheckedModel, Rule, RuleContext } from './rule.js'
import { requirementsFor, tierOf } from '../policy/parse.js'
import type { Policy } from '../policy/types.js'
import { controlMarks } from './controls.js'
import { evaluationTables } from './evaluation-table.js'
import { compareFindings } from './finding-order.js'
import { mildest, severityFor, verdictOf } from './severity.js'
import type {
  ApprovalStatus,
  EvalRow,
  Finding,
  Location,
  Mode,
  ModelStatus,
  RunResult,
  Scope
} from './types.js'
import { approvalStatus, modelsNeedingApproval } from './approvals.js'
import { applyWaivers, isActiveException } from './waivers.js'

export interface RunInput {
  manifestFile: string
  /** The loaded manifest; undefined when the repository has no manifest file. */
  manifest: ParsedManifest | undefined
  policy: ResolvedPolicy
  /** The `mode` input or flag; overrides the policy's mode. */
  mode?: Mode
  scope: Scope
  evidence: Evidence
  now: Date
  notes?: string[]
  /** The rule set; the registry unless a test injects its own. */
  rules?: readonly Rule[]
}

export function run(input: RunInput): RunResult {
  const { policy } = input.policy
  const manifest = input.manifest?.manifest
  const mode = input.mode ?? policy.mode
  const models = selectModels(input)
  const context: RuleContext = {
    manifestFile: input.manifestFile,
    parsed: input.manifest,
    manifest,
    policy,
    models,
    evidence: input.evidence,
    now: input.now,
    locate: (path: NodePath): Location =>
      input.manifest?.locate(path) ?? { file: input.manifestFile, line: 1, column: 1 }
  }

  let findings: Finding[] = []
  for (const rule of input.rules ?? RULES) {
    const severity = severityFor(policy, rule.meta.id, rule.meta.defaultSeverity)
    if (severity === 'off') continue
    for (const hit of checkSafely(rule, context)) {
      findings.push({
        ruleId: rule.meta.id,
        ruleName: rule.meta.name,
        severity: hit.atMost ? mildest(severity, hit.atMost) : severity,
        message: hit.message,
        ...(hit.model !== undefined && { model: hit.model }),
        ...hit.location
      })
    }
  }

  findings = applyWaivers(findings, manifest?.exceptions ?? [], (exception) =>
    isActiveException(exception, input.now, input.evidence, policy)
  ).sort(compareFindings)

  return {
    version: 1,
    result: verdictOf(findings, mode),
    mode,
    policy: { source: input.policy.source, sha256: input.policy.sha256, builtIn: input.policy.builtIn },
    manifest: { file: input.manifestFile, found: input.manifest !== undefined },
    fineTuning: input.evidence.fineTuning,
    models: modelStatuses(input, models, findings, evaluationTables(context)),
    findings,
    notes: [...changeNotes(input, models), ...(input.notes ?? [])]
  }
}

/**
 * The result of a run that could not judge the change: without the policy the gate cannot know what is
 * required, so no rule runs and the verdict fails closed (warn where the workflow asked for warn mode).
 */
export function unjudgedResult(input: {
  error: string
  policySource: string
  mode: Mode | undefined
  manifestFile: string
}): RunResult {
  const mode = input.mode ?? 'enforce'
  return {
    version: 1,
    result: mode === 'warn' ? 'warn' : 'fail',
    mode,
    policy: { source: input.policySource, sha256: '', builtIn: false },
    manifest: { file: input.manifestFile, found: false },
    fineTuning: { detected: false, signals: [] },
    models: [],
    findings: [],
    notes: [],
    error: input.error
  }
}

/** A rule that throws is a bug; the gate fails closed with a finding instead of crashing or passing. */
function checkSafely(rule: Rule, context: RuleContext) {
  try {
    return rule.check(context)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return [
      { message: `${rule.meta.id} could not run (${reason}); this is a bug in the gate, please report it.` }
    ]
  }
}

function selectModels(input: RunInput): CheckedModel[] {
  const manifest = input.manifest?.manifest
  if (!manifest) return []
  return checkedModels(manifest, input.policy.policy, input.scope, input.evidence.touchedModels)
}

/**
 * The models a run checks: every model with scope `all`, else those the change touches (all of them
 * while the change has not been narrowed). The faces call this too, to gather evidence only for them.
 */
export function checkedModels(
  manifest: Manifest,
  policy: Policy,
  scope: Scope,
  touched: ReadonlySet<string> | undefined
): CheckedModel[] {
  const only = scope === 'all' ? undefined : touched
  return manifest.models
    .map((entry, index) => ({ entry, index, tier: tierOf(policy, entry) }))
    .filter(({ entry }) => only === undefined || only.has(entry.id))
}

function modelStatuses(
  input: RunInput,
  checked: readonly CheckedModel[],
  findings: readonly Finding[],
  evaluations: ReadonlyMap<string, EvalRow[]>
): ModelStatus[] {
  const manifest = input.manifest?.manifest
  if (!manifest) return []
  const ids = new Set(checked.map((m) => m.entry.id))
  const touched = input.evidence.touchedModels
  const { policy } = input.policy
  const approvals = approvalStatuses(input.evidence, checked, policy)
  return manifest.models.map((entry) => ({
    id: entry.id,
    approach: entry.approach,
    tier: tierOf(policy, entry),
    checked: ids.has(entry.id),
    reason:
      input.scope === 'all'
        ? 'scope all: every model is audited'
        : touched === undefined
          ? 'every model is checked: the change was not narrowed to models'
          : ids.has(entry.id)
            ? 'the change touches this model'
            : 'the change does not touch this model',
    ...(ids.has(entry.id) && { controls: controlMarks(entry, requirementsFor(policy, entry), findings) }),
    ...(evaluations.has(entry.id) && { evaluation: evaluations.get(entry.id) }),
    ...(approvals.has(entry.id) && { approvals: approvals.get(entry.id) })
  }))
}

/** The approvals table's rows: each model the change needs approved, against the pull request's reviews. */
function approvalStatuses(
  evidence: Evidence,
  checked: readonly CheckedModel[],
  policy: Policy
): Map<string, ApprovalStatus> {
  const approvals = evidence.approvals
  const statuses = new Map<string, ApprovalStatus>()
  if (approvals?.kind !== 'pull-request' || evidence.baseManifestUnavailable !== undefined) return statuses
  for (const { model, requirement } of modelsNeedingApproval(checked, evidence, policy))
    statuses.set(model.entry.id, approvalStatus(model.entry.id, requirement, approvals))
  return statuses
}

/** Says plainly what the change amounted to, and why the run ended early when nothing was in scope. */
function changeNotes(input: RunInput, checked: readonly CheckedModel[]): string[] {
  const { change, fineTuning } = input.evidence
  if (!change?.available) return []
  const files = `${change.files.length} changed file${change.files.length === 1 ? '' : 's'}`
  const verdict = fineTuning.detected
    ? `Fine-tuning is proposed: ${fineTuning.why ?? 'see the signals'}.`
    : `No fine-tuning is proposed in the ${files}${fineTuning.why ? ` (${fineTuning.why})` : ''}.`
  const early =
    input.scope === 'changed' && input.manifest?.manifest && checked.length === 0
      ? ['The change touches no declared model, so no model was checked and the run ended early.']
      : []
  return [verdict, ...early]
}
