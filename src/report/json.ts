// The JSON report, version 1 (interface.md "The JSON report"). Field names and their order follow
// the design exactly; extras (ruleName, endLine, endColumn, waiver, signal strength, model reason,
// manifest, notes, error) come after the designed fields. Undefined fields are left out. Findings and
// signals are sorted, so that two runs on the same inputs give byte-identical reports.
import type { Finding, ModelStatus, RunResult, Signal } from '../engine/types.js'
import { sortFindings, sortSignals } from '../engine/finding-order.js'

export function toJsonReport(result: RunResult): string {
  const report = {
    version: result.version,
    result: result.result,
    mode: result.mode,
    policy: { source: result.policy.source, sha256: result.policy.sha256 },
    fineTuning: {
      detected: result.fineTuning.detected,
      signals: sortSignals(result.fineTuning.signals).map(signal),
      ...(result.fineTuning.why !== undefined && { why: result.fineTuning.why })
    },
    models: result.models.map(model),
    findings: sortFindings(result.findings).map(finding),
    manifest: { file: result.manifest.file, found: result.manifest.found },
    notes: [...result.notes],
    ...(result.error !== undefined && { error: result.error })
  }
  return `${JSON.stringify(report, null, 2)}\n`
}

function signal(s: Signal) {
  return { id: s.id, file: s.file, line: s.line, reason: s.reason, strength: s.strength }
}

function model(m: ModelStatus) {
  return {
    id: m.id,
    approach: m.approach,
    tier: m.tier,
    checked: m.checked,
    reason: m.reason,
    controls: m.controls,
    evaluation: m.evaluation,
    approvals: m.approvals
  }
}

function finding(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    model: f.model,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ruleName: f.ruleName,
    waiver: f.waiver
      ? { reason: f.waiver.reason, approvedBy: f.waiver.approvedBy, expiresAt: f.waiver.expiresAt }
      : undefined
  }
}
