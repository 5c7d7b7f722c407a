// Reading files of the working tree: only inside the repository, never through a symlink that
// leaves it, never more than the caller's byte budget.
import { open, realpath, stat } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { repoPathProblem } from '../shared/repo-path.js'

export type FileRead =
  | { kind: 'file'; bytes: Uint8Array; size: number }
  | { kind: 'missing' }
  | { kind: 'refused'; reason: string }

/**
 * Reads `relPath` under `root`. At most `maxBytes + 1` bytes are read, so a caller can tell an
 * oversized file from one at the limit without holding the whole file in memory.
 */
export async function readRepoFile(root: string, relPath: string, maxBytes: number): Promise<FileRead> {
  const unsafe = repoPathProblem(relPath)
  if (unsafe) return { kind: 'refused', reason: `the path ${unsafe}` }
  const full = join(root, relPath)
  let real: string
  try {
    real = await realpath(full)
  } catch {
    return { kind: 'missing' }
  }
  const realRoot = await realpath(root)
  if (real !== realRoot && !real.startsWith(realRoot + sep)) {
    return { kind: 'refused', reason: 'it resolves outside the repository through a symbolic link' }
  }
  const info = await stat(real)
  if (!info.isFile()) return { kind: 'refused', reason: 'it is not a regular file' }
  const handle = await open(real, 'r')
  try {
    const budget = Math.min(info.size, maxBytes + 1)
    const buffer = Buffer.alloc(budget)
    const { bytesRead } = await handle.read(buffer, 0, budget, 0)
    return { kind: 'file', bytes: buffer.subarray(0, bytesRead), size: info.size }
  } finally {
    await handle.close()
  }
}
