// The sticky pull request comment (`comment: true`): one comment, found by its hidden marker among the
// token owner's own comments, created once and then updated in place. It is a courtesy channel: on a
// fork's read-only token it cannot be written, which is a warning, never a failed run (the annotations
// and the job summary carry the same report).
import * as core from '@actions/core'
import type { RunResult } from '../engine/types.js'
import type { GitHubClient } from '../evidence/github/client.js'
import type { EventRefs } from '../evidence/github/event.js'
import { renderComment } from '../report/comment.js'
import type { RuleId } from '../rules/ids.js'
import { upsertStickyComment } from './sticky-comment.js'

export interface CommentOptions {
  client: GitHubClient | undefined
  repository: { owner: string; repo: string } | undefined
  refs: EventRefs
  docsUrl: (id: RuleId) => string
  runUrl?: string
}

export async function publishComment(result: RunResult, options: CommentOptions): Promise<void> {
  const { client, repository, refs } = options
  if (refs.kind !== 'pull_request' || refs.pullNumber === undefined) {
    core.info('No pull request comment: this run judges no pull request.')
    return
  }
  if (!client || !repository) {
    core.warning('The pull request comment was not written: no token was given (set the token input).')
    return
  }
  const body = renderComment(result, {
    docsUrl: options.docsUrl,
    ...(options.runUrl !== undefined && { runUrl: options.runUrl })
  })
  const outcome = await upsertStickyComment(client, { ...repository, issueNumber: refs.pullNumber, body })
  if (outcome.action === 'skipped')
    core.warning(`The pull request comment was not written: ${outcome.reason}`)
  else core.info(`Pull request comment ${outcome.action}: ${outcome.url}`)
}
