// Repository paths come from manifests, policies and inputs a pull request controls. Each is checked
// before anything touches the disk or git: relative, inside the tree, no tricks.

export class RepoPathError extends Error {}

/** The reason `path` is not a safe repository-relative path, or undefined when it is. */
export function unsafeRepoPathReason(path: string): string | undefined {
  if (path === '') return 'the path is empty'
  if (path.includes('\0')) return 'the path contains a NUL byte'
  if (path.includes('\\')) return 'the path contains a backslash; use forward slashes'
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'the path is absolute; use a path relative to the repository root'
  if (path.split('/').some((segment) => segment === '..')) return 'the path climbs out of the repository with ".."'
  return undefined
}

export function assertRepoPath(path: string, what: string): string {
  const reason = unsafeRepoPathReason(path)
  if (reason) throw new RepoPathError(`${what} "${path}" is refused: ${reason}.`)
  return path.replace(/^\.\//, '')
}
