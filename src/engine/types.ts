// The values that flow through the engine. Plain data only: evidence is gathered up front by the
// adapters, the engine turns it into findings, and the reporters render them.
import type { RuleFamily, RuleId } from '../rules/ids.js'

export type Severity = 'error' | 'warning' | 'note'
export type SeverityLevel = Severity | 'off'
export type Mode = 'enforce' | 'warn'
export type Verdict = 'pass' | 'warn' | 'fail'
export type Scope = 'changed' | 'all'

/** A place in a repository file. Lines and columns are 1-based. */
export interface Location {
  file: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

/** A framework control that a rule gives evidence for (frameworks.md). */
export interface FrameworkRef {
  /** Tag prefix: nist-ai-rmf, nist-ai-600-1, owasp-llm, owasp-asi, iso42001, eu-ai-act, nist-csf. */
  framework: FrameworkId
  /** The id exactly as frameworks.md writes it, e.g. "MEASURE 2.3", "LLM04", "Art. 15(5)". */
  id: string
  /** A condition from the table, e.g. "when the fine-tune is a substantial modification". */
  condition?: string
}

export type FrameworkId =
  'nist-ai-rmf' | 'nist-ai-600-1' | 'owasp-llm' | 'owasp-asi' | 'iso42001' | 'eu-ai-act' | 'nist-csf'

export interface RuleMeta {
  id: RuleId
  name: string
  family: RuleFamily
  defaultSeverity: Severity
  /** One line: what the rule checks (rules.md "fires when"). */
  summary: string
  frameworks: readonly FrameworkRef[]
}

/** What a rule's check reports; the engine adds the severity, the rule id and any waiver. */
export interface RuleHit {
  message: string
  model?: string
  location?: Location
  /**
   * The most severe this hit may be: the policy's severity is lowered to it. For findings that are
   * information where the evidence cannot exist (approvals in a local run), never to raise one.
   */
  atMost?: Severity
}

export interface Waiver {
  reason: string
  approvedBy: string
  expiresAt: string
}

export interface Finding {
  ruleId: RuleId
  ruleName: string
  severity: Severity
  message: string
  model?: string
  file?: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
  /** Present when a valid exception turned this finding into a note. */
  waiver?: Waiver
}

/** The `file` of a signal about the pull request itself (a label) rather than one of its files. */
export const PULL_REQUEST = 'pull request'

/** One piece of detection evidence: why the run thinks fine-tuning is proposed. */
export interface Signal {
  id: string
  strength: 'strong' | 'medium' | 'weak'
  file: string
  line?: number
  reason: string
}

/** The control families of the summary's controls table (the sections a tier can require). */
export type ControlFamily =
  'data' | 'approvals' | 'evaluation' | 'rollback' | 'monitoring' | 'justification' | 'identities'

/** A controls-table cell: the worst finding of that family for the model, or why there is none. */
export type ControlMark = 'pass' | 'error' | 'warning' | 'note' | 'waived' | 'not-required'

/** Whether the change proposes fine-tuning, the signals that say so, and the decision in words. */
export interface FineTuning {
  detected: boolean
  signals: Signal[]
  /** Why the decision went this way ("1 strong signal", "no signals"); absent outside a change. */
  why?: string
}

/** One row of a model's evaluation table. */
export interface EvalRow {
  metric: string
  kind?: string
  bound: 'min' | 'max'
  limit: number
  /** The value the results report; absent when the metric could not be read (MG302). */
  value?: number
  /** The production baseline's value, when a baseline is declared and has the metric. */
  baseline?: number
  /** value - baseline. */
  delta?: number
  verdict: 'pass' | 'below min' | 'above max' | 'regressed' | 'missing'
}

/** A reviewer whose approval counted, and the approver handle it counted under. */
export interface CountedApproval {
  login: string
  /** The approver handle that made it count: "@login", or a team "@org/team". */
  via: string
}

/** How a model's approvals stand on the pull request's head commit (MG202, MG203). */
export interface ApprovalStatus {
  /** Distinct approvals required. */
  needed: number
  /** Where the approvers come from, in words ("the base branch's manifest", "the policy's governance approvers"). */
  authority: string
  /** The handles whose approval counts. */
  approvers: string[]
  approvedBy: CountedApproval[]
  /** Reviewers whose review did not count, and why. */
  notCounted: { login: string; reason: string }[]
  /** Teams whose membership could not be read while it could still change the outcome. */
  unverifiable: { team: string; reason: string }[]
  satisfied: boolean
}

export interface ModelStatus {
  id: string
  approach: 'prompt' | 'retrieval' | 'fine-tune'
  tier: 'low' | 'medium' | 'high'
  checked: boolean
  /** Why the model was or was not checked ("scope all", "manifest entry changed", "not touched"). */
  reason?: string
  /** One mark per control family, for checked models. */
  controls?: Record<ControlFamily, ControlMark>
  /** Each threshold against the results and the baseline, for checked fine-tune models. */
  evaluation?: EvalRow[]
  /** The pull request's approvals for this model, when the change needs them and they were read. */
  approvals?: ApprovalStatus
}

export interface PolicyInfo {
  /** Where the policy came from: "built-in default", or "<path>@<sha>". */
  source: string
  sha256: string
  builtIn: boolean
}

export interface RunResult {
  version: 1
  result: Verdict
  mode: Mode
  policy: PolicyInfo
  manifest: { file: string; found: boolean }
  fineTuning: FineTuning
  models: ModelStatus[]
  findings: Finding[]
  /** Plain notes for the summary: why the run ended early, what was skipped, what was measured. */
  notes: string[]
  /**
   * Why the run could not judge the change at all (the policy could not be read): the rules did not
   * run, and the verdict fails closed (warn in warn mode).
   */
  error?: string
}
