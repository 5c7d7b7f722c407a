// Checks that a path names a place inside the repository. Paths come from manifests, policies, inputs
// and flags a pull request may control, and later stages read them from disk or git, so a hostile value
// (absolute, `..`, backslashes, control characters) is refused before anything ever opens it.

/** Why `value` is not a safe repository-relative path, as a fragment ("must ..."); undefined when it is. */
export function repoPathProblem(value: string): string | undefined {
  if (value.length === 0) return 'must not be empty'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value))
    return 'must not contain control characters such as NUL or newlines'
  if (value.includes('\\')) return 'must use forward slashes (/); a backslash is not a path separator here'
  if (value.startsWith('/')) return 'must be relative to the repository root; remove the leading /'
  if (/^[A-Za-z]:/.test(value)) return 'must be relative to the repository root, not a drive path'
  if (value.split('/').includes('..')) return 'must stay inside the repository; remove the .. segment'
  return undefined
}

/** A URL scheme at the start (`https://`, `s3://`): the value is a location, not a repository path. */
export function hasUrlScheme(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value)
}

/** An https URL with a host and no whitespace. */
export function isHttpsUrl(value: string): boolean {
  return /^https:\/\/[^\s/?#]+(?:[/?#]\S*)?$/.test(value)
}

/** A path given by an input or a flag that is not a safe repository path. */
export class RepoPathError extends Error {}

/** `path` without a leading `./`; throws a RepoPathError naming `what` when it is not a safe repository path. */
export function assertRepoPath(path: string, what: string): string {
  const problem = repoPathProblem(path)
  if (problem) throw new RepoPathError(`${what} "${path}" is refused: it ${problem}.`)
  return path.replace(/^\.\//, '')
}
