// Checks that a path written in the manifest names a place inside the repository. Later stages read
// these paths from disk, so a hostile value (absolute, `..`, backslashes, control characters) must be
// refused here, at the schema, before anything ever opens it.

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
