// Benchmark: the gate's streamed SHA-256 against coreutils' sha256sum, on the same 512 MiB file in the
// same run. The file is sparse with random data in every other MiB, so half is real bytes on disk and
// half is holes the kernel fills with zeros. It streams exactly as src/evidence/datasets/digest.ts
// does through workspaceFiles (src/evidence/repo-files.ts): READ_CHUNK_BYTES at a time into one reused
// buffer, each chunk fed to node:crypto's createHash. Plain Node, no build: `node bench/hash.mjs`.
// Not a test: jest only looks under __tests__.
import { spawnSync } from 'node:child_process'
import { createHash, randomFillSync } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Keep in sync with READ_CHUNK_BYTES in src/evidence/repo-files.ts.
const READ_CHUNK_BYTES = 1024 * 1024
const MIB = 1024 * 1024
const FILE_MIB = Number(process.env.BENCH_HASH_MIB ?? 512)
const ROUNDS = Number(process.env.BENCH_HASH_ROUNDS ?? 3)

async function makeFile(path) {
  const handle = await open(path, 'w')
  try {
    await handle.truncate(FILE_MIB * MIB)
    const block = Buffer.allocUnsafe(MIB)
    for (let mib = 0; mib < FILE_MIB; mib += 2) {
      randomFillSync(block)
      await handle.write(block, 0, MIB, mib * MIB)
    }
  } finally {
    await handle.close()
  }
}

/** The same loop as workspaceFiles' stream with reuseBuffer, folded into digestDataset's hash. */
async function gateDigest(path) {
  const hash = createHash('sha256')
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES)
    for (let position = 0; ;) {
      const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK_BYTES, position)
      if (bytesRead === 0) break
      position += bytesRead
      hash.update(buffer.subarray(0, bytesRead))
    }
  } finally {
    await handle.close()
  }
  return hash.digest('hex')
}

function sha256sum(path) {
  const run = spawnSync('sha256sum', [path], { encoding: 'utf8' })
  if (run.error) throw new Error(`sha256sum could not run: ${run.error.message}`)
  if (run.status !== 0) throw new Error(`sha256sum failed: ${run.stderr.trim()}`)
  return run.stdout.split(' ')[0]
}

async function timed(fn) {
  const started = process.hrtime.bigint()
  const digest = await fn()
  return { digest, seconds: Number(process.hrtime.bigint() - started) / 1e9 }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const dir = mkdtempSync(join(tmpdir(), 'mgg-bench-hash-'))
try {
  const file = join(dir, 'data.bin')
  await makeFile(file)
  sha256sum(file) // warm the page cache, so both sides read from memory
  const gate = []
  const coreutils = []
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate, so that neither side always runs on a warmer machine.
    const a = await timed(() => gateDigest(file))
    const b = await timed(() => sha256sum(file))
    if (a.digest !== b.digest) throw new Error(`digests differ: node ${a.digest}, sha256sum ${b.digest}`)
    gate.push(FILE_MIB / a.seconds)
    coreutils.push(FILE_MIB / b.seconds)
  }
  const node = median(gate)
  const sum = median(coreutils)
  console.log(`File: ${FILE_MIB} MiB (sparse, random data in every other MiB); median of ${ROUNDS} rounds.`)
  console.log(`node:crypto streamed (${READ_CHUNK_BYTES / 1024} KiB chunks): ${node.toFixed(0)} MiB/s`)
  console.log(`sha256sum:                              ${sum.toFixed(0)} MiB/s`)
  console.log(`Ratio (node / sha256sum): ${(node / sum).toFixed(2)}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
