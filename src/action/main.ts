// The action face: read the inputs and the event, gather the evidence, run the engine, publish.
// Thin on purpose: every decision lives in the engine, every fetch in an evidence adapter.
import * as core from '@actions/core'
import * as github from '@actions/github'
import { run } from '../engine/run.js'
import type { Scope } from '../engine/types.js'
import { createClient } from '../evidence/github/client.js'
import { refsFromEvent } from '../evidence/github/event.js'
import { gatherEvidence } from '../evidence/gather.js'
import { loadManifestFromWorkspace } from '../evidence/manifest-source.js'
import { policyFileOf } from '../evidence/policy-source.js'
import { workspaceFiles } from '../evidence/repo-files.js'
import { assertRepoPath } from '../shared/repo-path.js'
import { clockFromEnv, describeError } from '../shared/runtime.js'
import { loadBaseManifest } from './base-manifest.js'
import { loadActionChange } from './change.js'
import { readInputs } from './inputs.js'
import { actionLinks } from './links.js'
import { loadActionPolicy } from './policy.js'
import { publish } from './publish.js'
import { failOnPolicyError } from './policy-error.js'

export async function runAction(): Promise<void> {
  try {
    const inputs = readInputs()
    // Declared in action.yml so workflows can be written against the final interface; not built yet.
    if (inputs.comment)
      core.warning(
        'The comment input is not supported in this version yet; the report is in the job summary.'
      )
    if (inputs.sarif)
      core.warning('The sarif input is not supported in this version yet; no SARIF file was written.')
    const root = process.env.GITHUB_WORKSPACE || process.cwd()
    const manifestFile = assertRepoPath(inputs.manifest, 'The manifest input')
    const { context } = github
    const refs = refsFromEvent(context.eventName, context.payload, context.sha)
    const client = inputs.token
      ? createClient({ token: inputs.token, baseUrl: context.apiUrl, log: (m) => core.info(m) })
      : undefined
    const repository = process.env.GITHUB_REPOSITORY ? context.repo : undefined

    const policy = await loadActionPolicy({ root, refs, policyInput: inputs.policy, client, repository })
    if ('error' in policy) return failOnPolicyError(policy.error, inputs.mode)

    const now = clockFromEnv()
    const scope: Scope = inputs.scope ?? (refs.kind === 'pull_request' ? 'changed' : 'all')
    const manifest = await loadManifestFromWorkspace(root, manifestFile, now)
    const base = await loadBaseManifest({
      root,
      base: refs.base,
      file: manifestFile,
      client,
      repository,
      now
    })
    const payload = context.payload as {
      pull_request?: { changed_files?: number; labels?: { name?: string }[] }
    }
    const change = await loadActionChange({
      root,
      refs,
      client,
      repository,
      changedFiles: payload.pull_request?.changed_files
    })
    const evidence = await gatherEvidence({
      manifestFile,
      manifest,
      change,
      labels: (payload.pull_request?.labels ?? []).flatMap((label) => (label.name ? [label.name] : [])),
      baseManifest: base.parsed,
      policyFile: policyFileOf(inputs.policy),
      policy: policy.resolved.policy,
      scope,
      files: workspaceFiles(root),
      log: (line) => core.info(line)
    })
    const notes = [
      ...(refs.note ? [refs.note] : []),
      ...(manifest
        ? []
        : [`No manifest at ${manifestFile}: no models are declared, so there is nothing to check yet.`]),
      ...(manifest?.manifest && base.note ? [base.note] : [])
    ]
    const result = run({
      manifestFile,
      manifest,
      policy: policy.resolved,
      ...(inputs.mode && { mode: inputs.mode }),
      scope,
      evidence,
      now,
      notes
    })

    await publish(result, { root, ...(inputs.report && { reportPath: inputs.report }), ...actionLinks() })
    core.info(`Model governance: ${result.result} (${result.mode} mode, policy ${result.policy.source}).`)
    if (result.result === 'fail') {
      core.setFailed(
        `Model governance failed: ${result.findings.filter((f) => f.severity === 'error').length} error finding(s); see the job summary.`
      )
    }
  } catch (error) {
    if (error instanceof Error && error.stack) core.debug(error.stack)
    core.setFailed(describeError(error))
  }
}
