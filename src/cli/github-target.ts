// What `check --pr N` needs to read a pull request's reviews from a developer's machine: the token
// (GITHUB_TOKEN, or GH_TOKEN as the GitHub CLI names it), the repository (GITHUB_REPOSITORY, else the
// origin remote) and the API (GITHUB_API_URL, else api.github.com, or /api/v3 on an Enterprise host).
import { originUrl } from '../evidence/git.js'
import { UsageError } from './usage.js'

export interface GitHubTarget {
  token: string
  repository: { owner: string; repo: string }
  apiUrl: string
}

/** owner/repo and host from an https, ssh or scp-like remote URL; undefined when it is none of those. */
export function parseRemote(url: string): { host: string; owner: string; repo: string } | undefined {
  const match =
    /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/(?:[^@/]+@)?|[^@/]+@)([^/:]+)(?::\d+)?[:/]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(
      url
    )
  if (!match) return undefined
  const [, host = '', owner = '', repo = ''] = match
  return { host, owner, repo }
}

export async function gitHubTarget(root: string, env: NodeJS.ProcessEnv): Promise<GitHubTarget> {
  const token = env.GITHUB_TOKEN || env.GH_TOKEN
  if (!token) {
    throw new UsageError(
      "--pr reads the pull request's reviews through the GitHub API: set GITHUB_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token))."
    )
  }
  const remote = await originUrl(root)
  const parsed = remote ? parseRemote(remote) : undefined
  const slug = env.GITHUB_REPOSITORY ?? (parsed ? `${parsed.owner}/${parsed.repo}` : undefined)
  const [owner, repo, ...rest] = (slug ?? '').split('/')
  if (!owner || !repo || rest.length > 0) {
    throw new UsageError(
      '--pr needs the repository: set GITHUB_REPOSITORY=owner/name, or run in a clone whose origin remote is on GitHub.'
    )
  }
  const host = parsed?.host ?? 'github.com'
  const apiUrl =
    env.GITHUB_API_URL || (host === 'github.com' ? 'https://api.github.com' : `https://${host}/api/v3`)
  return { token, repository: { owner, repo }, apiUrl }
}
