// MG702: an identity of a fine-tune model holds a wildcard or administrative scope. Such a credential,
// once leaked from a training job or a serving config, can do far more than tune or call one model:
// delete repositories, rewrite IAM, read every bucket. Applies whenever a fine-tune model declares
// identities, whether or not its tier requires them. An identity without scopes says nothing we can
// judge, so it is not reported here.
import { defineRule } from '../../engine/rule.js'
import { FRAMEWORK_REFS } from '../frameworks.js'

interface ScopeFamily {
  /** Whole scopes, compared lower-cased. */
  exact?: readonly string[]
  /** Scope beginnings, lower-cased. */
  prefixes?: readonly string[]
  /** Scope endings, lower-cased. */
  suffixes?: readonly string[]
}

/** The scopes MG702 treats as overprivileged, by family. Everything is compared trimmed and lower-cased. */
export const OVERPRIVILEGED_SCOPES: readonly ScopeFamily[] = [
  // Wildcards: a trailing `*` grants everything under a prefix: `*`, `*.*`, `s3:*`, `fine_tuning.*`,
  // `repo/*`, `sagemaker:Create*`.
  { suffixes: ['*'] },
  // Generic administrative or all-powerful grants, as platforms and home-grown token systems name them.
  {
    exact: [
      'admin',
      'administrator',
      'owner',
      'root',
      'superuser',
      'all',
      'write-all',
      'read-write-all',
      'full_access',
      'full-access',
      'cluster-admin'
    ]
  },
  // Google Cloud: the basic roles span every service of the project, and `roles/<service>.admin`
  // administers a whole service (`roles/storage.admin`, `roles/aiplatform.admin`).
  { exact: ['roles/owner', 'roles/editor'], suffixes: ['.admin'] },
  // AWS managed policies: AdministratorAccess (everything), PowerUserAccess (everything but IAM),
  // IAMFullAccess (can grant itself the rest) and the `*FullAccess` policies (a service's `service:*`),
  // by name or by ARN (arn:aws:iam::aws:policy/AdministratorAccess).
  { exact: ['poweruseraccess'], suffixes: ['administratoraccess', 'poweruseraccess', 'fullaccess'] },
  // Azure built-in roles that manage the resources or the access to them.
  { exact: ['contributor', 'user access administrator'] },
  // GitHub: the `admin:*` OAuth scopes (admin:org, admin:repo_hook, admin:enterprise ...), deleting
  // repositories, site administration, and a GitHub App's administration permission.
  { exact: ['delete_repo', 'site_admin', 'administration:write'], prefixes: ['admin:'] }
]

export function isOverprivileged(scope: string): boolean {
  const s = scope.trim().toLowerCase()
  return OVERPRIVILEGED_SCOPES.some(
    (family) =>
      (family.exact ?? []).includes(s) ||
      (family.prefixes ?? []).some((prefix) => s.startsWith(prefix)) ||
      (family.suffixes ?? []).some((suffix) => s.endsWith(suffix))
  )
}

export default defineRule({
  meta: {
    id: 'MG702',
    name: 'identity-overprivileged',
    family: 'identities',
    defaultSeverity: 'error',
    summary: 'An identity holds wildcard or administrative scopes (`*`, `admin`, `owner`, `write-all` ...).',
    frameworks: FRAMEWORK_REFS.MG702
  },
  check({ models, locate }) {
    return models
      .filter(({ entry }) => entry.approach === 'fine-tune')
      .flatMap(({ index, entry }) =>
        (entry.identities ?? []).flatMap((identity, i) => {
          const scopes = identity.scopes ?? []
          const offending = scopes.flatMap((scope, j) => (isOverprivileged(scope) ? [{ scope, j }] : []))
          const first = offending[0]
          if (first === undefined) return []
          const list = offending.map(({ scope }) => `\`${scope}\``).join(', ')
          const plural = offending.length === 1 ? 'scope' : 'scopes'
          return [
            {
              message: `Identity ${identity.name} of model ${entry.id} holds the wildcard or administrative ${plural} ${list}; grant only the narrowest scopes the job needs (e.g. \`fine_tuning.jobs.write\` instead of \`fine_tuning.*\`).`,
              model: entry.id,
              location: locate(['models', index, 'identities', i, 'scopes', first.j])
            }
          ]
        })
      )
  }
})
