// Where each rule's page lives. The action links to the pages of the exact version that ran
// (GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF); everything else links to the default branch.
import type { RuleId } from './ids.js'

export const PROJECT_URL = 'https://github.com/model-governance/model-governance-gate'

export function docsUrlFor(base: string = `${PROJECT_URL}/blob/main`): (id: RuleId) => string {
  return (id) => `${base}/docs/rules/${id}.md`
}
