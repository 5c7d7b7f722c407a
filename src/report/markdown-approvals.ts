// The summary's approvals section: per model the change needs approved, who approved (and as which
// approver), whose review did not count and why, and who is still needed. Reviewer logins come from
// the pull request, so they are escaped like everything else from it.
import { stillNeeded } from '../engine/approvals.js'
import type { RunResult } from '../engine/types.js'
import { codeSpan, escapeMarkdown } from './markdown-escape.js'

export function renderApprovals(result: RunResult): string {
  const models = result.models.filter((model) => model.approvals)
  if (!models.length) return ''
  const sections = models.map((model) => {
    const status = model.approvals!
    const who = (login: string) => escapeMarkdown(`@${login}`)
    const mark = status.satisfied ? '✅' : status.unverifiable.length ? '❓' : '❌'
    const { count, from } = stillNeeded(status)
    const lines = [
      `${mark} ${codeSpan(model.id, { inTable: false })}: ${status.approvedBy.length} of ${status.needed} approvals from ${escapeMarkdown(status.authority)}.`,
      `- Approvers: ${status.approvers.length ? status.approvers.map((h) => escapeMarkdown(h)).join(', ') : 'none'}`,
      `- Approved by: ${
        status.approvedBy.length
          ? status.approvedBy
              .map((a) =>
                a.via.toLowerCase() === `@${a.login.toLowerCase()}`
                  ? who(a.login)
                  : `${who(a.login)} (as ${escapeMarkdown(a.via)})`
              )
              .join(', ')
          : 'no one yet'
      }`,
      ...status.notCounted.map((n) => `- Not counted: ${who(n.login)} ${escapeMarkdown(n.reason)}`),
      ...status.unverifiable.map(
        (u) => `- Unverifiable: ${escapeMarkdown(u.team)}: ${escapeMarkdown(u.reason)}`
      ),
      ...(count > 0
        ? [
            `- Still needed: ${count} more from ${from.map((h) => escapeMarkdown(h)).join(' or ') || 'no one (see the findings)'}`
          ]
        : [])
    ]
    return lines.join('\n')
  })
  return ['### Approvals', ...sections].join('\n\n')
}
