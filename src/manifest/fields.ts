// The value shapes the manifest reuses (ids, handles, dates, paths, digests, URLs). Each carries the
// message a user sees when a value breaks it: a fragment that follows the field's dotted path, e.g.
// "models[0].owner" + " must be a GitHub handle ...". Messages never echo the value itself, which
// could be a pasted secret.
import { z } from 'zod'
import { hasUrlScheme, isHttpsUrl, repoPathProblem } from '../shared/repo-path.js'

export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/
// A user `@login` (GitHub: 1-39 letters, digits or hyphens) or a team `@org/team-slug`.
export const HANDLE_PATTERN = /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\/[A-Za-z0-9][A-Za-z0-9_-]{0,99})?$/
export const SHA256_PATTERN = /^[0-9a-f]{64}$/
// `provider:name`, e.g. github-secret:OPENAI_FT_KEY or vault:secret/data/ft.
export const SECRET_REF_PATTERN = /^[a-z][a-z0-9-]*:[A-Za-z0-9_][A-Za-z0-9_./:@-]*$/
export const RULE_ID_PATTERN = /^MG\d{3}$/
export const SIGNAL_PATTERN = /^[a-z][a-z0-9_-]*$/
// A scheme of two characters or more so that a drive letter (C:) never reads as one.
export const URI_PATTERN = /^[A-Za-z][A-Za-z0-9+.-]+:[^\s]+$/

/** A lowercase identifier such as a model or dataset id. */
export function identifier(description: string) {
  return z
    .string()
    .regex(ID_PATTERN, {
      error:
        'must be lowercase letters, digits, ".", "_" or "-", starting with a letter or digit (e.g. support-triage)'
    })
    .describe(description)
}

/** A GitHub user `@login` or team `@org/team-slug`. */
export function handle(description: string) {
  return z
    .string()
    .regex(HANDLE_PATTERN, {
      error: 'must be a GitHub handle: a user as "@login" or a team as "@org/team-slug" (quote it in YAML)'
    })
    .describe(description)
}

/** A real calendar date written YYYY-MM-DD (UTC); 2026-02-30 is refused. */
export function isoDate(description: string) {
  return z.iso
    .date({ error: 'must be a real calendar date written YYYY-MM-DD, e.g. 2026-10-01' })
    .describe(description)
}

/** Free text that must say something. */
export function text(description: string) {
  return z.string().trim().min(1, { error: 'must not be empty' }).describe(description)
}

/** A path relative to the repository root that cannot escape it. */
export function repoPath(description: string) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const problem = hasUrlScheme(value)
        ? 'must be a path in the repository, not a URL (use uri for data outside the repository)'
        : repoPathProblem(value)
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem })
    })
    .describe(description)
}

/** A glob relative to the repository root, under the same rules as a path. */
export function repoGlob(description: string) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const problem = repoPathProblem(value)
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem })
    })
    .describe(description)
}

/** A repository path, or an https URL for a document that lives elsewhere. */
export function repoPathOrHttpsUrl(description: string) {
  return z
    .string()
    .superRefine((value, ctx) => {
      let problem: string | undefined
      if (hasUrlScheme(value)) {
        if (!isHttpsUrl(value)) problem = 'must be a repository path or an https:// URL'
      } else {
        problem = repoPathProblem(value)
      }
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem })
    })
    .describe(description)
}

/** An https URL. */
export function httpsUrl(description: string) {
  return z
    .string()
    .regex(/^https:\/\/[^\s/?#]+(?:[/?#]\S*)?$/, { error: 'must be an https:// URL' })
    .describe(description)
}

/** A URI with a scheme, e.g. s3://bucket/key or hf://datasets/org/name. */
export function uri(description: string) {
  return z
    .string()
    .regex(URI_PATTERN, {
      error: 'must be a URI with a scheme, e.g. s3://bucket/key; use path for a file in the repository'
    })
    .describe(description)
}

/** A SHA-256 digest in lowercase hex. */
export function sha256(description: string) {
  return z
    .string()
    .regex(SHA256_PATTERN, {
      error:
        "must be 64 lowercase hex characters (the file's SHA-256); run sha256sum on the file and paste the digest"
    })
    .describe(description)
}
