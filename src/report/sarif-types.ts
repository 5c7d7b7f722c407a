// The part of SARIF 2.1.0 that the SARIF reporter writes, typed so the compiler checks the shape.
// Only what GitHub code scanning reads (platform.md §6) plus a few run properties; the official
// schema test in __tests__/report/sarif.test.ts checks the output against the whole standard.
import type { Mode, Severity, Verdict } from '../engine/types.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
export const SARIF_VERSION = '2.1.0'

export interface SarifLog {
  $schema: typeof SARIF_SCHEMA
  version: typeof SARIF_VERSION
  runs: [SarifRun]
}

export interface SarifRun {
  tool: { driver: SarifDriver }
  automationDetails: { id: string }
  originalUriBaseIds?: Record<string, { uri: string }>
  invocations: [SarifInvocation]
  results: SarifResult[]
  properties: SarifRunProperties
}

export interface SarifDriver {
  name: string
  semanticVersion: string
  informationUri: string
  rules: SarifRule[]
}

/** A SARIF `reportingDescriptor`: one per rule. */
export interface SarifRule {
  id: string
  name: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  help: { text: string; markdown: string }
  helpUri: string
  defaultConfiguration: { level: Severity }
  properties: {
    tags: string[]
    precision: 'very-high'
    'problem.severity': ProblemSeverity
  }
}

/** GitHub's severity words for a rule: `recommendation` is its name for a note. */
export type ProblemSeverity = 'error' | 'warning' | 'recommendation'

export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: Severity
  message: { text: string }
  locations: [SarifLocation]
  partialFingerprints: { primaryLocationLineHash: string }
  suppressions?: SarifSuppression[]
  properties?: SarifResultProperties
}

export interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' }
    region: SarifRegion
  }
}

export interface SarifRegion {
  startLine: number
  startColumn: number
  endLine?: number
  endColumn?: number
}

export interface SarifSuppression {
  kind: 'external'
  status: 'accepted'
  justification: string
}

export interface SarifResultProperties {
  model?: string
  /** Set when the finding has no file of its own and was placed at the manifest's first line. */
  subject?: 'pull-request' | 'repository'
}

export interface SarifInvocation {
  executionSuccessful: true
  toolExecutionNotifications?: { level: 'warning'; message: { text: string } }[]
}

export interface SarifRunProperties {
  result: Verdict
  mode: Mode
  policy: { source: string; sha256: string }
  /** How many findings the run had, and how many of them the log leaves out (the result limit). */
  findings: number
  omitted?: number
}
