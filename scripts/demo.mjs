#!/usr/bin/env node
// npm run demo: builds a real git repository for each proposal in examples/governed-fine-tune
// (base commit on main, the proposal as a branch), then runs the bundled CLI on it, as a user would.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const example = join(root, 'examples', 'governed-fine-tune')
const cli = join(root, 'dist', 'cli.js')
// Pin the clock so the example's dates (drills, expiries) read the same on any day.
const env = {
  ...process.env,
  MODEL_GOVERNANCE_NOW: '2026-11-24',
  FORCE_COLOR: process.stdout.isTTY ? '1' : '0'
}

function git(dir, ...args) {
  execFileSync(
    'git',
    ['-c', 'user.name=demo', '-c', 'user.email=demo@example.com', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd: dir,
      stdio: 'ignore'
    }
  )
}

let unexpected = 0
for (const [proposal, expected] of [
  ['compliant', 0],
  ['model-update', 0],
  ['broken-manifest', 1],
  ['weak-controls', 1]
]) {
  const dir = mkdtempSync(join(tmpdir(), `mgg-demo-${proposal}-`))
  try {
    cpSync(join(example, 'base'), dir, { recursive: true })
    git(dir, 'init', '-q', '-b', 'main')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'base')
    git(dir, 'switch', '-q', '-c', `proposal/${proposal}`)
    cpSync(join(example, 'proposals', proposal), dir, { recursive: true })
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', proposal)

    console.log(`\n=== ${proposal}: model-governance check (exit code expected ${expected}) ===\n`)
    const run = spawnSync(process.execPath, [cli, 'check', '--repo', dir, '--base', 'main'], {
      env,
      encoding: 'utf8'
    })
    process.stdout.write(run.stdout)
    process.stderr.write(run.stderr)
    console.log(`exit code: ${run.status}`)
    if (run.status !== expected) unexpected++
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
process.exitCode = unexpected === 0 ? 0 : 1
