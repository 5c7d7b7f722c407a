// Publishing a run on every channel GitHub offers: annotations (capped, most severe first), the job
// summary, the JSON report file, the SARIF file and the step outputs (the PR comment is comment.ts).
// Writes are best-effort where GitHub allows them to fail (the summary), never where the verdict
// depends on them.
import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join } from 'node:path'
import { countActionable } from '../engine/severity.js'
import type { RunResult } from '../engine/types.js'
import { planAnnotations } from '../report/annotations.js'
import { renderFrameworkSection } from '../report/frameworks-section.js'
import { toJsonReport } from '../report/json.js'
import { DEFAULT_MAX_BYTES, renderMarkdown } from '../report/markdown.js'
import { renderSarif } from '../report/sarif.js'
import type { RuleId } from '../rules/ids.js'

export interface PublishOptions {
  root: string
  reportPath?: string
  /** Write SARIF here too (the `sarif` input); relative paths are under the workspace. */
  sarifPath?: string
  docsUrl: (id: RuleId) => string
  runUrl?: string
}

export async function publish(result: RunResult, options: PublishOptions): Promise<void> {
  const { plan } = planAnnotations(result.findings)
  for (const annotation of plan) {
    const emit =
      annotation.level === 'error' ? core.error : annotation.level === 'warning' ? core.warning : core.notice
    emit(annotation.message, annotation.properties)
  }

  const reportPath = resolveReportPath(options)
  await mkdir(dirname(reportPath), { recursive: true })
  await writeFile(reportPath, toJsonReport(result))
  let sarifPath: string | undefined
  if (options.sarifPath) {
    sarifPath = isAbsolute(options.sarifPath) ? options.sarifPath : join(options.root, options.sarifPath)
    await mkdir(dirname(sarifPath), { recursive: true })
    await writeFile(sarifPath, renderSarif(result, { docsUrl: options.docsUrl }))
  }

  // The step summary is capped at 1 MiB: the findings make room for the framework references.
  const frameworks = renderFrameworkSection(result.findings)
  const markdown = renderMarkdown(result, {
    docsUrl: options.docsUrl,
    maxBytes: DEFAULT_MAX_BYTES - Buffer.byteLength(frameworks),
    ...(options.runUrl !== undefined && { runUrl: options.runUrl })
  })
  try {
    await core.summary.addRaw(markdown + frameworks).write()
  } catch (error) {
    core.warning(
      `The job summary could not be written: ${error instanceof Error ? error.message : String(error)}`
    )
  }

  core.setOutput('result', result.result)
  core.setOutput('fine-tuning-detected', String(result.fineTuning.detected))
  // A run that could not judge the change counts its reason as one finding.
  core.setOutput('findings', String(countActionable(result.findings) + (result.error === undefined ? 0 : 1)))
  core.setOutput('report', reportPath)
  if (sarifPath) core.setOutput('sarif', sarifPath)
}

function resolveReportPath({ root, reportPath }: PublishOptions): string {
  if (reportPath) return isAbsolute(reportPath) ? reportPath : join(root, reportPath)
  return join(process.env.RUNNER_TEMP || root, 'model-governance-report.json')
}
