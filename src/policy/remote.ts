// The `policy` input (interface.md): a path in the repository, read from the base commit, or an
// organisation's central policy written `owner/repo/path/to/policy.yml@ref`.
import { repoPathProblem } from '../shared/repo-path.js'

export type PolicyRef =
  { kind: 'repo'; path: string } | { kind: 'remote'; owner: string; repo: string; path: string; ref: string }

/** A `policy` input that cannot be used; its message says what to write instead. */
export class PolicyRefError extends Error {
  override name = 'PolicyRefError'
}

// GitHub's rules: an owner is letters, digits and single hyphens (up to 39); a repository name is
// letters, digits, ".", "_" and "-".
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const REPO = /^[A-Za-z0-9._-]{1,100}$/
const REMOTE = /^([^/@]+)\/([^/@]+)\/([^@]+)@([^@]+)$/

export function parsePolicyRef(input: string): PolicyRef {
  const value = input.trim()
  if (value === '')
    throw new PolicyRefError('The policy input is empty; give a repository path or owner/repo/path@ref.')

  const remote = REMOTE.exec(value)
  if (remote) {
    const [, owner = '', repo = '', path = '', ref = ''] = remote
    if (!OWNER.test(owner))
      throw new PolicyRefError(`The policy "${value}": "${owner}" is not a GitHub owner name.`)
    if (!REPO.test(repo) || repo === '.' || repo === '..') {
      throw new PolicyRefError(`The policy "${value}": "${repo}" is not a GitHub repository name.`)
    }
    return { kind: 'remote', owner, repo, path: checkedPath(path, value), ref: checkedRef(ref, value) }
  }
  if (value.includes('@')) {
    throw new PolicyRefError(
      `The policy "${value}" looks like a remote policy but is not owner/repo/path/to/policy.yml@ref; ` +
        'a path in this repository cannot contain "@".'
    )
  }
  return { kind: 'repo', path: checkedPath(value, value) }
}

// The path is read from git or the API, so it must name a file inside the repository: never absolute,
// never "..", never a backslash or a control character. A leading "./" is dropped: git's spelling.
function checkedPath(path: string, input: string): string {
  const problem = repoPathProblem(path)
  if (problem) throw new PolicyRefError(`The policy path "${input}" ${problem}.`)
  const normalized = path.replace(/^(?:\.\/)+/, '')
  if (normalized === '' || normalized.endsWith('/'))
    throw new PolicyRefError(`The policy path "${input}" must name a file.`)
  return normalized
}

// A ref goes to git or to the API as one argument: refuse what could read as an option or a range.
function checkedRef(ref: string, input: string): string {
  // eslint-disable-next-line no-control-regex
  if (ref.startsWith('-') || ref.includes('..') || /[\s\u0000-\u001f\u007f~^:?*[\\]/.test(ref)) {
    throw new PolicyRefError(
      `The policy "${input}": "${ref}" is not a valid git ref (a branch, tag or commit sha).`
    )
  }
  return ref
}
