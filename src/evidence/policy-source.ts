// Where the policy comes from (policy.md): a repository path read from the BASE commit, never from the
// working tree or the head, so that a pull request cannot weaken the rules it is judged by; or an
// organisation's central policy in another repository, read through an injected reader.
import { builtInPolicy, parsePolicy, POLICY_MAX_BYTES } from '../policy/parse.js'
import { parsePolicyRef, type PolicyRef, PolicyRefError } from '../policy/remote.js'
import type { ResolvedPolicy } from '../policy/types.js'
import { changedFiles, GitError, readFileAtRef, resolveRef } from './git.js'
import { httpSummary } from './github/http-error.js'

export interface PolicyLoadError {
  /** What is wrong and what to do. */
  message: string
  file?: string
  line?: number
  column?: number
}

export type PolicyLoad = { resolved: ResolvedPolicy } | { error: PolicyLoadError }

/** Reads a file of another repository at a ref; undefined when it does not exist there. */
export type ReadRemote = (
  owner: string,
  repo: string,
  path: string,
  ref: string
) => Promise<Uint8Array | undefined>

export interface LoadPolicyOptions {
  root: string
  /** The base commit (or a ref naming it) the repository's policy is read from. */
  baseRef: string
  /** The `policy` input: a repository path or owner/repo/path@ref. */
  policyRef: string | PolicyRef
  readRemote?: ReadRemote
  /** Reads a repository path at the base commit some other way (the API) when the clone lacks it. */
  readBase?: (path: string) => Promise<Uint8Array | undefined>
}

export async function loadPolicy(options: LoadPolicyOptions): Promise<PolicyLoad> {
  let ref: PolicyRef
  try {
    ref = typeof options.policyRef === 'string' ? parsePolicyRef(options.policyRef) : options.policyRef
  } catch (error) {
    if (error instanceof PolicyRefError) return { error: { message: error.message } }
    throw error
  }
  try {
    return ref.kind === 'remote'
      ? await loadRemote(ref, options.readRemote)
      : await loadFromBase(ref.path, options)
  } catch (error) {
    if (error instanceof GitError) return { error: { message: error.message } }
    throw error
  }
}

async function loadFromBase(path: string, options: LoadPolicyOptions): Promise<PolicyLoad> {
  if (options.readBase) {
    const bytes = await options.readBase(path)
    return bytes === undefined
      ? { resolved: builtInPolicy() }
      : fromBytes(bytes, path, `${path}@${options.baseRef}`, BASE_FIX)
  }
  const base = await resolveRef(options.root, options.baseRef)
  if (!base) {
    return {
      error: {
        message: `The base ${options.baseRef} is not a commit in this clone, so the policy cannot be read from it; fetch it (actions/checkout with fetch-depth: 0), or pass --base.`
      }
    }
  }
  const read = await readFileAtRef(options.root, base, path, { maxBytes: POLICY_MAX_BYTES })
  switch (read.kind) {
    case 'missing':
      // Something other than a file at the policy path is a mistake to report, not a reason to fall
      // back silently to the default.
      if (read.reason)
        return {
          error: {
            message: `The policy path ${read.reason}. Commit the policy file itself at that path.`,
            file: path
          }
        }
      return { resolved: builtInPolicy() }
    case 'too-large':
      return {
        error: {
          message: `The policy is ${read.size} bytes, above the 1 MiB limit; a policy is a few dozen lines.`,
          file: path
        }
      }
    case 'unavailable':
      return {
        error: {
          message: `The policy ${path} cannot be read from the base commit: ${read.reason}; fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow) and run again.`,
          file: path
        }
      }
    case 'file':
      return fromBytes(read.bytes, path, `${path}@${base}`, BASE_FIX)
  }
}

async function loadRemote(
  ref: Extract<PolicyRef, { kind: 'remote' }>,
  readRemote: ReadRemote | undefined
): Promise<PolicyLoad> {
  const name = `${ref.owner}/${ref.repo}/${ref.path}@${ref.ref}`
  if (!readRemote) {
    return {
      error: {
        message: `The remote policy ${name} needs a token and the GitHub API (the action's token input, or GITHUB_TOKEN for the CLI); give one, or use a policy file in this repository.`
      }
    }
  }
  let bytes: Uint8Array | undefined
  try {
    bytes = await readRemote(ref.owner, ref.repo, ref.path, ref.ref)
  } catch (error) {
    const reason = httpSummary(error)
    return {
      error: {
        message: `The remote policy ${name} could not be read (${reason}); check the token's access to ${ref.owner}/${ref.repo}.`
      }
    }
  }
  // A named central policy that does not exist is a configuration error: never fall back to the default.
  if (bytes === undefined) {
    return {
      error: {
        message: `The remote policy ${name} does not exist; check the owner, repository, path and ref.`
      }
    }
  }
  return fromBytes(bytes, name, name, `fix it in ${ref.owner}/${ref.repo}.`)
}

const BASE_FIX = 'fix it in a pull request of its own: every run reads the policy from the base commit.'

function fromBytes(bytes: Uint8Array, file: string, source: string, fix: string): PolicyLoad {
  const parsed = parsePolicy(bytes, source, file)
  if (parsed.resolved) return { resolved: parsed.resolved }
  const [first, ...others] = parsed.diagnostics
  // The first problem carries the location (for an annotation); the others follow as file:line:column.
  const more = others.map((d) => `\n${file}:${d.line}:${d.column}: ${d.message}`).join('')
  return {
    error: {
      message: `The policy ${source} is invalid: ${first?.message ?? 'it could not be read.'} To use it, ${fix}${more}`,
      file,
      ...(first && { line: first.line, column: first.column })
    }
  }
}

/** Whether the change touches the policy file (MG004): added, modified, removed or renamed from/to it. */
export async function policyChanged(
  root: string,
  base: string,
  head: string | undefined,
  path: string
): Promise<boolean> {
  const wanted = path.replace(/^(?:\.\/)+/, '')
  const changes = await changedFiles(root, base, head)
  return changes.some((change) => change.path === wanted || change.previousPath === wanted)
}

/**
 * The repository path of the `policy` input, or undefined for a remote policy: the file a pull request
 * could change (MG004), whether or not it exists on the base branch.
 */
export function policyFileOf(policyInput: string): string | undefined {
  try {
    const ref = parsePolicyRef(policyInput)
    return ref.kind === 'repo' ? ref.path : undefined
  } catch {
    return undefined
  }
}
