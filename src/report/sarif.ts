// The SARIF 2.1.0 report, for GitHub code scanning (`--format sarif`, the action's `sarif` input):
// one run, one rule descriptor per registered rule with its framework tags, one result per finding
// with a stable fingerprint, waived findings as accepted suppressions. Pure: it returns the log and
// the caller writes it. GitHub's minimum and limits are in platform.md §6.
import { sortFindings } from '../engine/finding-order.js'
import type { Finding, RuleMeta, RunResult } from '../engine/types.js'
import { PROJECT_URL } from '../rules/docs.js'
import type { RuleId } from '../rules/ids.js'
import { RULES } from '../rules/index.js'
import { VERSION } from '../shared/version.js'
import { fallbackRule, ruleDescriptor, type DescribedRule } from './sarif-rules.js'
import { FingerprintCounter, SOURCE_ROOT, toResult } from './sarif-results.js'
import {
  SARIF_SCHEMA,
  SARIF_VERSION,
  type SarifInvocation,
  type SarifLog,
  type SarifResult,
  type SarifRule,
  type SarifRunProperties
} from './sarif-types.js'
import { plural } from './wording.js'

export const TOOL_NAME = 'Model Governance Gate'
/** The category of the run: tells this tool's uploads apart from others for the same commit. */
export const AUTOMATION_ID = 'model-governance/'
/** GitHub accepts at most 25,000 results per run. */
export const MAX_SARIF_RESULTS = 25_000

export interface SarifOptions {
  docsUrl: (id: RuleId) => string
  /** The rule descriptors to write; the registry's rules by default. */
  rules?: readonly RuleMeta[]
  /** At most this many results, the least severe dropped first; GitHub's limit by default. */
  maxResults?: number
  /** The checkout root as an absolute URI, written as `originalUriBaseIds.%SRCROOT%` when given. */
  sourceRootUri?: string
}

export function toSarif(result: RunResult, options: SarifOptions): SarifLog {
  const metas: readonly DescribedRule[] = options.rules ?? RULES.map((rule) => rule.meta)
  const limit = Math.max(0, Math.floor(options.maxResults ?? MAX_SARIF_RESULTS))
  // Most severe first, so the limit drops notes before warnings and warnings before errors.
  const sorted = sortFindings(result.findings)
  const kept = sorted.slice(0, limit)
  const omitted = sorted.length - kept.length

  const rules = new RuleTable(metas, options.docsUrl)
  const fingerprints = new FingerprintCounter()
  const results: SarifResult[] = kept.map((finding) =>
    toResult(finding, rules.indexOf(finding), result.manifest.file, fingerprints.next(finding))
  )

  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            semanticVersion: VERSION,
            informationUri: PROJECT_URL,
            rules: rules.list
          }
        },
        automationDetails: { id: AUTOMATION_ID },
        ...(options.sourceRootUri && {
          originalUriBaseIds: { [SOURCE_ROOT]: { uri: withTrailingSlash(options.sourceRootUri) } }
        }),
        invocations: [invocation(omitted, limit)],
        results,
        properties: runProperties(result, omitted)
      }
    ]
  }
}

/** The SARIF log as JSON: 2-space indent and a trailing newline. */
export function renderSarif(result: RunResult, options: SarifOptions): string {
  return `${JSON.stringify(toSarif(result, options), null, 2)}\n`
}

/** The rule descriptors, in the registry's order, plus one for any rule a finding names beyond it. */
class RuleTable {
  readonly list: SarifRule[] = []
  private readonly index = new Map<string, number>()

  constructor(
    metas: readonly DescribedRule[],
    private readonly docsUrl: (id: RuleId) => string
  ) {
    for (const meta of metas) this.add(meta)
  }

  indexOf(finding: Finding): number {
    return this.index.get(finding.ruleId) ?? this.add(fallbackRule(finding.ruleId, finding.ruleName))
  }

  private add(meta: DescribedRule): number {
    const existing = this.index.get(meta.id)
    if (existing !== undefined) return existing
    this.list.push(ruleDescriptor(meta, this.docsUrl))
    this.index.set(meta.id, this.list.length - 1)
    return this.list.length - 1
  }
}

function invocation(omitted: number, limit: number): SarifInvocation {
  if (omitted === 0) return { executionSuccessful: true }
  const text =
    `${plural(omitted, 'finding')} left out: a SARIF run holds at most ${limit} results, ` +
    'so the least severe were dropped; the JSON report has them all.'
  return { executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text } }] }
}

function runProperties(result: RunResult, omitted: number): SarifRunProperties {
  return {
    result: result.result,
    mode: result.mode,
    policy: { source: result.policy.source, sha256: result.policy.sha256 },
    findings: result.findings.length,
    ...(omitted > 0 && { omitted })
  }
}

function withTrailingSlash(uri: string): string {
  return uri.endsWith('/') ? uri : `${uri}/`
}
