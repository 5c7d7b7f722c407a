// Links the action writes into its reports: rule pages of the exact version that ran, and the run.
import type { RuleId } from '../rules/ids.js'
import { docsUrlFor } from '../rules/docs.js'

export interface ActionLinks {
  docsUrl: (id: RuleId) => string
  runUrl?: string
}

export function actionLinks(env: NodeJS.ProcessEnv = process.env): ActionLinks {
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const { GITHUB_ACTION_REPOSITORY: actionRepo, GITHUB_ACTION_REF: actionRef } = env
  const { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env
  return {
    docsUrl: docsUrlFor(actionRepo && actionRef ? `${server}/${actionRepo}/blob/${actionRef}` : undefined),
    ...(repository && runId && { runUrl: `${server}/${repository}/actions/runs/${runId}` })
  }
}
