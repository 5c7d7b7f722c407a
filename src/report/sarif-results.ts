// SARIF results: a finding's level, message, location, fingerprint and waiver. GitHub needs one
// location per result, so a finding about the pull request itself, or one with no file, is placed at
// the manifest's first line. Fingerprints keep an alert's identity across runs (platform.md §6).
import { createHash } from 'node:crypto'
import { PULL_REQUEST, type Finding } from '../engine/types.js'
import type { SarifLocation, SarifRegion, SarifResult, SarifResultProperties } from './sarif-types.js'
import { describeWaiver } from './wording.js'

/** The uriBaseId GitHub resolves against the checkout root. */
export const SOURCE_ROOT = '%SRCROOT%'

/**
 * A finding as a result. `ruleIndex` is its rule's place in `tool.driver.rules`; `fingerprint` is the
 * finding's primaryLocationLineHash (see FingerprintCounter).
 */
export function toResult(
  finding: Finding,
  ruleIndex: number,
  manifestFile: string,
  fingerprint: string
): SarifResult {
  const own = hasOwnFile(finding)
  const properties: SarifResultProperties = {
    ...(finding.model !== undefined && { model: finding.model }),
    ...(!own && { subject: finding.file === PULL_REQUEST ? 'pull-request' : 'repository' })
  }
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.severity,
    message: { text: messageOf(finding) },
    locations: [own ? locationOf(finding.file, regionOf(finding)) : locationOf(manifestFile, FIRST_LINE)],
    partialFingerprints: { primaryLocationLineHash: fingerprint },
    ...(finding.waiver && {
      suppressions: [
        {
          kind: 'external',
          status: 'accepted',
          justification: `Exception: ${describeWaiver(finding.waiver)}`
        }
      ]
    }),
    ...(Object.keys(properties).length > 0 && { properties })
  }
}

const FIRST_LINE: SarifRegion = { startLine: 1, startColumn: 1 }

function hasOwnFile(finding: Finding): finding is Finding & { file: string } {
  return finding.file !== undefined && finding.file !== PULL_REQUEST && repoPath(finding.file) !== ''
}

/** The message, naming the model when the message does not already (the alert shows only the message). */
function messageOf(finding: Finding): string {
  const text = finding.message.trim() || `${finding.ruleId} ${finding.ruleName}`
  if (!finding.model || text.includes(finding.model)) return text
  return `Model ${finding.model}: ${text}`
}

function locationOf(file: string, region: SarifRegion): SarifLocation {
  return {
    physicalLocation: { artifactLocation: { uri: artifactUri(file), uriBaseId: SOURCE_ROOT }, region }
  }
}

/** Line and column from the finding; line 1 and column 1 when it has none; ends only when they make sense. */
function regionOf(finding: Finding): SarifRegion {
  const startLine = isPositive(finding.line) ? finding.line : 1
  const startColumn = isPositive(finding.column) ? finding.column : 1
  const region: SarifRegion = { startLine, startColumn }
  const endLine = isPositive(finding.endLine) ? finding.endLine : startLine
  if (endLine < startLine) return region
  if (endLine > startLine) region.endLine = endLine
  if (isPositive(finding.endColumn) && (endLine > startLine || finding.endColumn >= startColumn)) {
    region.endLine = endLine
    region.endColumn = finding.endColumn
  }
  return region
}

function isPositive(value: number | undefined): value is number {
  return value !== undefined && Number.isInteger(value) && value >= 1
}

/** A repository-relative path with forward slashes and no leading "./" or "/". */
export function repoPath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '')
}

/**
 * A repository-relative path as a relative URI reference: each segment percent-encoded where a URI
 * needs it (spaces, "%", "#", "?", non-ASCII), and ":" too, so that a first segment such as "c:"
 * cannot read as a scheme.
 */
export function artifactUri(file: string): string {
  return repoPath(file)
    .split('/')
    .map((segment) => encodeURI(segment).replace(/[?#:]/g, (char) => encodeURIComponent(char)))
    .join('/')
}

/**
 * Hands out primaryLocationLineHash values. The hash covers the rule, the model, the file and the
 * message with its numbers masked, and not the line: an alert keeps its identity when lines move or
 * a measured value changes ("0.84" becomes "0.83"). Findings that hash alike are told apart by a
 * ":N" suffix counting them in order, as upload-sarif does for identical lines.
 */
export class FingerprintCounter {
  private readonly seen = new Map<string, number>()

  next(finding: Finding): string {
    const hash = identityHash(finding)
    const count = (this.seen.get(hash) ?? 0) + 1
    this.seen.set(hash, count)
    return `${hash}:${count}`
  }
}

function identityHash(finding: Finding): string {
  const file = finding.file === undefined ? '' : repoPath(finding.file)
  const parts = [finding.ruleId, finding.model ?? '', file, maskNumbers(finding.message)]
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16)
}

/** Every number becomes "#": "0.84", "1,218" and "-3" each become "#", and "2026-01-31" becomes "###". */
export function maskNumbers(text: string): string {
  return text.replace(/-?\d+(?:[.,]\d+)*/g, '#')
}
