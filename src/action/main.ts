// The action face: read the inputs and the event, gather the evidence, run the engine, publish.
// Thin on purpose: every decision lives in the engine, every fetch in an evidence adapter.
import * as core from '@actions/core'
import * as github from '@actions/github'
import { run } from '../engine/run.js'
import type { Scope } from '../engine/types.js'
import { createClient } from '../evidence/github/client.js'
import { type NetworkBudget, startNetworkBudget } from '../evidence/github/network-budget.js'
import { refsFromEvent } from '../evidence/github/event.js'
import { gatherEvidence } from '../evidence/gather.js'
import { type ApprovalOrigin, withApprovals } from '../evidence/approval-evidence.js'
import type { GitHubClient } from '../evidence/github/client.js'
import type { EventRefs } from '../evidence/github/event.js'
import { loadManifestFromFiles } from '../evidence/manifest-source.js'
import { policyFileOf } from '../evidence/policy-source.js'
import { assertRepoPath } from '../shared/repo-path.js'
import { clockFromEnv, describeError } from '../shared/runtime.js'
import { loadBaseManifest } from './base-manifest.js'
import { loadActionChange } from './change.js'
import { readInputs } from './inputs.js'
import { actionLinks } from './links.js'
import { loadActionPolicy } from './policy.js'
import { publishComment } from './comment.js'
import { headSource } from './head-source.js'
import { publish } from './publish.js'
import { failOnPolicyError } from './policy-error.js'

export async function runAction(): Promise<void> {
  try {
    const inputs = readInputs()
    const root = process.env.GITHUB_WORKSPACE || process.cwd()
    const manifestFile = assertRepoPath(inputs.manifest, 'The manifest input')
    const { context } = github
    const refs = refsFromEvent(context.eventName, context.payload, context.sha)
    const retryBaseMs = retryBaseFromEnv()
    const clientFor = (token: string, budget: NetworkBudget) =>
      createClient({
        token,
        baseUrl: context.apiUrl,
        log: (m) => core.info(m),
        budget,
        ...(retryBaseMs !== undefined && { retryBaseMs })
      })
    // Gathering evidence has one deadline for every API call it makes; past it, what is missing
    // fails closed (MG203, MG001) and the run still publishes.
    const evidenceBudget = startNetworkBudget(inputs.network)
    const client = inputs.token ? clientFor(inputs.token, evidenceBudget) : undefined
    const teamClient = inputs.teamToken ? clientFor(inputs.teamToken, evidenceBudget) : client
    const repository = process.env.GITHUB_REPOSITORY ? context.repo : undefined
    const links = actionLinks()
    const publishOptions = {
      root,
      ...(inputs.report && { reportPath: inputs.report }),
      ...(inputs.sarif && { sarifPath: inputs.sarif }),
      ...links
    }

    const policy = await loadActionPolicy({ root, refs, policyInput: inputs.policy, client, repository })
    if ('error' in policy) {
      evidenceBudget.end()
      return await failOnPolicyError(policy.error, {
        mode: inputs.mode,
        policyInput: inputs.policy,
        manifestFile,
        publish: publishOptions
      })
    }

    const now = clockFromEnv()
    const scope: Scope = inputs.scope ?? (refs.kind === 'pull_request' ? 'changed' : 'all')
    const head = await headSource({ eventName: context.eventName, root, refs, client, repository })
    if ('error' in head) return core.setFailed(head.error)
    const manifest = await loadManifestFromFiles(head.files, manifestFile, now)
    const base = await loadBaseManifest({
      root,
      base: refs.base,
      file: manifestFile,
      client,
      repository,
      now
    })
    const payload = context.payload as {
      pull_request?: {
        changed_files?: number
        labels?: { name?: string }[]
        user?: { login?: string }
        head?: { sha?: string }
      }
    }
    const change = await loadActionChange({
      root,
      refs,
      client,
      repository,
      changedFiles: payload.pull_request?.changed_files
    })
    const gathered = await gatherEvidence({
      manifestFile,
      manifest,
      change,
      labels: (payload.pull_request?.labels ?? []).flatMap((label) => (label.name ? [label.name] : [])),
      baseManifest: base.parsed,
      policyFile: policyFileOf(inputs.policy),
      policy: policy.resolved.policy,
      scope,
      files: head.files,
      log: (line) => core.info(line)
    })
    const evidence = await withApprovals({
      evidence: gathered,
      manifest: manifest?.manifest,
      policy: policy.resolved.policy,
      scope,
      baseManifestUnreadable: base.unreadable,
      teamReader: teamClient
        ? { client: teamClient }
        : { unavailable: 'no token was given, so team members cannot be read' },
      origin: approvalOrigin(context.eventName, refs, {
        client,
        teamClient,
        repository,
        author: payload.pull_request?.user?.login
      })
    })
    evidenceBudget.end()
    const notes = [
      ...(refs.note ? [refs.note] : []),
      ...(head.note ? [head.note] : []),
      ...(manifest
        ? []
        : [`No manifest at ${manifestFile}: no models are declared, so there is nothing to check yet.`]),
      ...(manifest?.manifest && base.note ? [base.note] : []),
      ...(evidence.approvals?.kind === 'not-applicable' ? [evidence.approvals.reason] : [])
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

    await publish(result, publishOptions)
    if (inputs.comment) {
      // The comment comes after the verdict is published, with time of its own.
      const commentBudget = startNetworkBudget(inputs.network)
      const commentClient = inputs.token ? clientFor(inputs.token, commentBudget) : undefined
      await publishComment(result, { client: commentClient, repository, refs, ...links })
      commentBudget.end()
    }
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

/** Where approvals come from for this event: a pull request's reviews, or nowhere (and why). */
function approvalOrigin(
  eventName: string,
  refs: EventRefs,
  options: {
    client: GitHubClient | undefined
    teamClient: GitHubClient | undefined
    repository: { owner: string; repo: string } | undefined
    author: string | undefined
  }
): ApprovalOrigin {
  if (refs.kind !== 'pull_request' && refs.kind !== 'merge_group') {
    return {
      kind: 'not-applicable',
      reason: `Approvals were not checked: a ${eventName} run judges no pull request (they are checked on pull_request, pull_request_review and merge_group).`
    }
  }
  // A merge group's head is a merge commit of the queue; the pull request's own head carries the reviews.
  const fromEvent = refs.kind === 'pull_request'
  return {
    kind: 'pull-request',
    source: {
      client: options.client,
      teamClient: options.teamClient,
      repository: options.repository,
      pullNumber: refs.pullNumber,
      eventName,
      ...(fromEvent && refs.head !== undefined && { headSha: refs.head }),
      ...(fromEvent && options.author !== undefined && { author: options.author })
    }
  }
}

/** MODEL_GOVERNANCE_RETRY_BASE_MS: the retry back-off unit (default 1000 ms); tests shorten it. */
function retryBaseFromEnv(): number | undefined {
  const raw = process.env.MODEL_GOVERNANCE_RETRY_BASE_MS
  if (raw === undefined || raw === '') return undefined
  const value = Number(raw)
  return Number.isFinite(value) && value >= 0 ? value : undefined
}
