// A dataset file's SHA-256, streamed: the bytes pass through node:crypto chunk by chunk and are never
// held whole, so a 2 GiB file costs the same memory as a 2 KiB one. A Git LFS pointer (what a clone
// without `git lfs pull` holds in place of the data) is not downloaded: its `oid sha256:` is the
// digest of the file it stands for. Every outcome is a value; nothing here throws.
import { createHash } from 'node:crypto'
import type { DatasetDigest } from '../../engine/evidence.js'
import { describeError, RepoFileError, type RepoFiles } from '../repo-files.js'

/** Git LFS only treats files smaller than this as pointer candidates (its blob size cutoff). */
export const LFS_POINTER_MAX_BYTES = 1024

const LFS_VERSION_LINE = 'version https://git-lfs.github.com/spec/v1'

export type LfsPointer = { oid: string; size: number } | { unsupported: string }

/**
 * Parses a Git LFS pointer strictly by the spec (git-lfs docs/spec.md): UTF-8 text under 1024 bytes,
 * `version https://git-lfs.github.com/spec/v1` first, then `key value` lines sorted by key, each ending
 * in a single \n, keys of [a-z0-9.-], exactly one space before the value, `oid sha256:<64 lowercase
 * hex>` and `size <bytes>` present. Undefined when the bytes are not a pointer (they are then the data
 * itself). A pointer with extensions (`ext-N-name` keys) is valid, but its oid is that of the content
 * after the extensions ran, not of the file: reported as unsupported rather than compared.
 */
export function parseLfsPointer(bytes: Uint8Array): LfsPointer | undefined {
  if (bytes.byteLength >= LFS_POINTER_MAX_BYTES) return undefined
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return undefined
  }
  if (!text.startsWith(`${LFS_VERSION_LINE}\n`) || !text.endsWith('\n')) return undefined
  const lines = text.slice(0, -1).split('\n')
  const values = new Map<string, string>()
  let previous: string | undefined
  for (const [i, line] of lines.entries()) {
    const match = /^([a-z0-9.-]+) ([^\r\n]*)$/.exec(line)
    if (!match) return undefined
    const [, key = '', value = ''] = match
    if (values.has(key)) return undefined
    // `version` is first; every later key sorts after the one before it.
    if (i > 0 && (key === 'version' || (previous !== undefined && previous >= key))) return undefined
    if (i > 0) previous = key
    values.set(key, value)
  }
  const oid = /^sha256:([0-9a-f]{64})$/.exec(values.get('oid') ?? '')?.[1]
  const sizeText = values.get('size') ?? ''
  if (oid === undefined || !/^(?:0|[1-9][0-9]*)$/.test(sizeText)) return undefined
  const size = Number(sizeText)
  if (!Number.isSafeInteger(size)) return undefined
  const extension = [...values.keys()].find((key) => key.startsWith('ext-'))
  if (extension !== undefined) {
    return {
      unsupported: `it is a Git LFS pointer with the extension ${extension}, whose oid is not the SHA-256 of the file`
    }
  }
  return { oid, size }
}

/** The digest of the dataset at repository path `path`: hashed, an LFS pointer, or why there is none. */
export async function digestDataset(files: RepoFiles, path: string): Promise<DatasetDigest> {
  const started = performance.now()
  try {
    // The chunks are only folded into the hash (and the first bytes copied): one reused buffer.
    const chunks = await files.open(path, { reuseBuffer: true })
    const hash = createHash('sha256')
    let size = 0
    // The first bytes are kept only while the file could still be a pointer (under 1024 bytes).
    let prefix: Uint8Array[] | undefined = []
    for await (const chunk of chunks) {
      hash.update(chunk)
      size += chunk.byteLength
      if (prefix !== undefined) {
        if (size < LFS_POINTER_MAX_BYTES) prefix.push(chunk.slice())
        else prefix = undefined
      }
    }
    if (prefix !== undefined) {
      const pointer = parseLfsPointer(Buffer.concat(prefix))
      if (pointer && 'unsupported' in pointer) return { kind: 'unavailable', reason: pointer.unsupported }
      if (pointer) return { kind: 'lfs-pointer', oid: pointer.oid, size: pointer.size }
    }
    return { kind: 'hashed', sha256: hash.digest('hex'), size, ms: performance.now() - started }
  } catch (error) {
    if (error instanceof RepoFileError) return error.fact
    return { kind: 'unavailable', reason: describeError(error) }
  }
}

const KIB = 1024
const MIB = KIB * 1024
const GIB = MIB * 1024

/** 512 B, 3.50 KiB, 12.00 MiB, 2.00 GiB. */
export function formatBytes(bytes: number): string {
  if (bytes < KIB) return `${bytes} B`
  if (bytes < MIB) return `${(bytes / KIB).toFixed(2)} KiB`
  if (bytes < GIB) return `${(bytes / MIB).toFixed(2)} MiB`
  return `${(bytes / GIB).toFixed(2)} GiB`
}

/** One line for the log: "Hashed training/x.jsonl (2.00 GiB) in 3.1 s (660 MiB/s)." */
export function describeDigest(path: string, digest: DatasetDigest): string | undefined {
  if (digest.kind === 'hashed') {
    const time = digest.ms < 1000 ? `${Math.round(digest.ms)} ms` : `${(digest.ms / 1000).toFixed(1)} s`
    // A rate over a few milliseconds says nothing; it is shown from 1 MiB up.
    const rate =
      digest.ms >= 1 && digest.size >= MIB
        ? ` (${Math.round(digest.size / MIB / (digest.ms / 1000))} MiB/s)`
        : ''
    return `Hashed ${path} (${formatBytes(digest.size)}) in ${time}${rate}.`
  }
  if (digest.kind === 'lfs-pointer') {
    return `Read the Git LFS pointer at ${path} (${formatBytes(digest.size)}, oid sha256:${digest.oid.slice(0, 12)}…); the data was not downloaded.`
  }
  return undefined
}
