// The action's policy: read from the base commit, from the local checkout when it holds that commit
// (fetch-depth: 0), else through the contents API at the base sha. Never from the working tree.
import type { EventRefs } from '../evidence/github/event.js'
import type { GitHubClient } from '../evidence/github/client.js'
import { readContentAtRef } from '../evidence/github/contents.js'
import { httpSummary } from '../evidence/github/http-error.js'
import { hasCommit } from '../evidence/git.js'
import { loadPolicy, type PolicyLoad } from '../evidence/policy-source.js'

export interface ActionPolicyOptions {
  root: string
  refs: EventRefs
  policyInput: string
  client: GitHubClient | undefined
  repository: { owner: string; repo: string } | undefined
}

export async function loadActionPolicy(options: ActionPolicyOptions): Promise<PolicyLoad> {
  const { root, refs, policyInput, client, repository } = options
  const readRemote = client
    ? (owner: string, repo: string, path: string, ref: string) =>
        readContentAtRef(client, { owner, repo, path, ref })
    : undefined
  const base = refs.base
  if (base === undefined) {
    return {
      error: {
        message:
          'The event carries no base commit to read the policy from; run on pull_request, push, merge_group, schedule or workflow_dispatch.'
      }
    }
  }
  if (await hasCommit(root, base).catch(() => false)) {
    // A remote policy is read through the API even when the base is local.
    return loadPolicy({
      root,
      baseRef: base,
      policyRef: policyInput,
      ...(readRemote && { readRemote })
    }).catch(unreadable)
  }
  if (!readRemote || !repository) {
    return {
      error: {
        message: `The checkout does not contain the base commit ${base.slice(0, 12)} and no token was given, so the policy cannot be read from the base branch; use actions/checkout with fetch-depth: 0, or pass a token.`
      }
    }
  }
  // The checkout lacks the base commit: read the same repository path through the API at that sha.
  return loadPolicy({
    root,
    baseRef: base,
    policyRef: policyInput,
    readRemote,
    readBase: (path: string) => readRemote(repository.owner, repository.repo, path, base)
  }).catch(unreadable)
}

/** An API failure (after retries, or past the deadline) while reading the policy: the gate fails closed. */
function unreadable(error: unknown): PolicyLoad {
  return {
    error: {
      message: `The policy could not be read through the GitHub API (${httpSummary(error)}), so the gate cannot know what is required and fails closed; run again, or use actions/checkout with fetch-depth: 0 so that the policy is read from git.`
    }
  }
}
