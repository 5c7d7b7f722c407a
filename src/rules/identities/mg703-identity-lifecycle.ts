// MG703: the identities a fine-tune model's training and serving use must each have an accountable
// owner and a rotation date that is neither past nor further out than the tier allows
// (`identity_max_lifetime_days`). When the tier requires `identities` and the model declares none,
// that is reported here too: the lifecycle of credentials nobody listed cannot be governed.
import { daysSince, isExpired, utcDay } from '../../engine/dates.js'
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { requirementsFor } from '../../policy/parse.js'
import { FRAMEWORK_REFS } from '../frameworks.js'

const DAY_MS = 86_400_000

/** The day `days` days after today (UTC), as YYYY-MM-DD. */
function daysFromToday(now: Date, days: number): string {
  return utcDay(new Date(Date.parse(`${utcDay(now)}T00:00:00Z`) + days * DAY_MS))
}

export default defineRule({
  meta: {
    id: 'MG703',
    name: 'identity-lifecycle',
    family: 'identities',
    defaultSeverity: 'error',
    summary:
      'An identity has no owner, no `expires_at`, an expired one, or one further out than the policy allows.',
    frameworks: FRAMEWORK_REFS.MG703
  },
  check({ models, policy, now, locate }) {
    const hits: RuleHit[] = []
    for (const { index, entry, tier } of models) {
      if (entry.approach !== 'fine-tune') continue
      const requirements = requirementsFor(policy, entry)
      const identities = entry.identities ?? []
      const modelPath = ['models', index] as const

      if (identities.length === 0) {
        if (requirements.require.includes('identities')) {
          hits.push({
            message: `Model ${entry.id} declares no identities, but the policy requires them for its ${tier} tier; list under \`identities:\` the credentials its training and serving use, each with \`owner:\` and \`expires_at:\`.`,
            model: entry.id,
            location: locate([...modelPath, 'identities'])
          })
        }
        continue
      }

      const maxDays = requirements.identity_max_lifetime_days
      const latest = daysFromToday(now, maxDays)
      identities.forEach((identity, i) => {
        const path = [...modelPath, 'identities', i]
        const name = `Identity ${identity.name} of model ${entry.id}`

        const gaps: string[] = []
        const fixes: string[] = []
        if (identity.owner === undefined) {
          gaps.push('no owner')
          fixes.push('`owner:` (the accountable user or team)')
        }
        if (identity.expires_at === undefined) {
          gaps.push('no expires_at')
          fixes.push(`\`expires_at:\` (when the credential is rotated, ${latest} at the latest)`)
        }
        if (gaps.length > 0) {
          hits.push({
            message: `${name} has ${gaps.join(' and ')}; add ${fixes.join(' and ')}.`,
            model: entry.id,
            location: locate(path)
          })
        }

        const expiresAt = identity.expires_at
        if (expiresAt === undefined) return
        if (isExpired(expiresAt, now)) {
          hits.push({
            message: `${name} expired on ${expiresAt}; rotate the credential and set a new expires_at (${latest} at the latest).`,
            model: entry.id,
            location: locate([...path, 'expires_at'])
          })
        } else if (-daysSince(expiresAt, now) > maxDays) {
          hits.push({
            message: `${name} expires on ${expiresAt}, further out than the ${maxDays} days the policy allows for its ${tier} tier; rotate it sooner and set expires_at to ${latest} or earlier.`,
            model: entry.id,
            location: locate([...path, 'expires_at'])
          })
        }
      })
    }
    return hits
  }
})
