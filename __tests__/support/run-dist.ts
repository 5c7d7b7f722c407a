// Runs the built action (dist/index.js) and CLI (dist/cli.js) as child processes, the way the Actions
// runner and a shell do: a clean environment, INPUT_* variables (with action.yml's defaults filled in,
// as the runner does), an event payload file, and pre-created GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
// files. Both go through runNodeScript, which the harness's own test exercises without dist/.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

/** The repository root (this file is __tests__/support/run-dist.ts). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
export const DIST_INDEX = join(REPO_ROOT, 'dist', 'index.js')
export const DIST_CLI = join(REPO_ROOT, 'dist', 'cli.js')
export const ACTION_YML = join(REPO_ROOT, 'action.yml')

/** A token that looks like a GITHUB_TOKEN (`ghs_` + 36 characters). */
export const FAKE_TOKEN = 'ghs_e2eTestToken000000000000000000000000'
/** A port nothing listens on: a test that forgets the fake server must not reach api.github.com. */
const UNREACHABLE_API = 'http://127.0.0.1:9'

export interface ProcessResult {
  /** The exit code; -1 when the process was killed by a signal (see `signal`). */
  code: number
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface RunNodeOptions {
  cwd: string
  /** The complete environment of the child (nothing is inherited). */
  env: Record<string, string>
  args?: string[]
  /** The node binary: `node`, else E2E_NODE (relative paths from the repo root), else this node. */
  node?: string
  timeoutMs?: number
  stdin?: string
}

const tempDirs = new Set<string>()
let exitHookInstalled = false

/** A temp dir removed when the test process exits (reports written there stay readable until then). */
export function makeTempDir(prefix: string): string {
  if (!exitHookInstalled) {
    exitHookInstalled = true
    process.once('exit', () => {
      for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
    })
  }
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)))
  tempDirs.add(dir)
  return dir
}

export function resolveNode(node?: string): string {
  const chosen = node ?? process.env.E2E_NODE ?? process.execPath
  return isAbsolute(chosen) || !chosen.includes('/') ? chosen : resolve(REPO_ROOT, chosen)
}

/** Runs `node <scriptPath> ...args` with exactly `env`, collecting stdout and stderr. */
export function runNodeScript(scriptPath: string, options: RunNodeOptions): Promise<ProcessResult> {
  const node = resolveNode(options.node)
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, [scriptPath, ...(options.args ?? [])], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      resolvePromise({
        code: code ?? -1,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8')
      })
    })
    child.stdin.end(options.stdin ?? '')
  })
}

// ---------------------------------------------------------------------------------------------------
// Workflow commands and file commands
// ---------------------------------------------------------------------------------------------------

export interface WorkflowCommand {
  /** Lower-cased: error, warning, notice, debug, group, endgroup, add-mask, set-output, ... */
  command: string
  /** Lower-cased keys; values unescaped (%25 %0D %0A %3A %2C). */
  properties: Record<string, string>
  /** Unescaped (%25 %0D %0A). */
  message: string
}

const unescapeData = (s: string) => s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
const unescapeProperty = (s: string) =>
  s
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%')

/** The `::command k=v,k=v::message` lines of a step's stdout, as @actions/core writes them. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([A-Za-z][\w-]*)(?: ([^:]*?))?::(.*)$/.exec(line)
    if (!m) continue
    const properties: Record<string, string> = {}
    for (const pair of (m[2] ?? '').split(',')) {
      const eq = pair.indexOf('=')
      if (eq <= 0) continue
      properties[pair.slice(0, eq).trim().toLowerCase()] = unescapeProperty(pair.slice(eq + 1))
    }
    commands.push({ command: (m[1] ?? '').toLowerCase(), properties, message: unescapeData(m[3] ?? '') })
  }
  return commands
}

/**
 * The values of a GITHUB_OUTPUT (or GITHUB_ENV) file: `name<<DELIMITER` heredocs, as @actions/core
 * writes them, and the single-line `name=value` form the runner also accepts.
 */
export function parseFileCommand(content: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = content.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line === '') continue
    const heredoc = line.indexOf('<<')
    const eq = line.indexOf('=')
    if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
      const name = line.slice(0, heredoc)
      const delimiter = line.slice(heredoc + 2)
      const value: string[] = []
      i++
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++] ?? '')
      if (i >= lines.length) throw new Error(`unterminated value for "${name}" (delimiter ${delimiter})`)
      result[name] = value.join('\n')
    } else if (eq > 0) {
      result[line.slice(0, eq)] = line.slice(eq + 1)
    } else {
      throw new Error(`invalid file command line: ${line}`)
    }
  }
  return result
}

/** The runner's name for an input's variable: spaces become "_", hyphens stay, upper case. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** action.yml's inputs with their defaults, `${{ github.token }}` and a few contexts evaluated. */
export function actionDefaults(
  context: Record<string, string>,
  actionYml = ACTION_YML
): Record<string, string> {
  if (!existsSync(actionYml)) return {}
  const doc = parseYaml(readFileSync(actionYml, 'utf8')) as { inputs?: Record<string, { default?: unknown }> }
  const out: Record<string, string> = {}
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    const raw = spec?.default === undefined || spec.default === null ? '' : String(spec.default)
    out[name] = raw.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_all, expr: string) => {
      const value = context[expr]
      if (value === undefined) throw new Error(`run-dist: cannot evaluate \${{ ${expr} }} in action.yml`)
      return value
    })
  }
  return out
}

// ---------------------------------------------------------------------------------------------------
// The action
// ---------------------------------------------------------------------------------------------------

export interface RunActionOptions {
  /** GITHUB_WORKSPACE and the working directory (usually a createRepo() dir). */
  workspace: string
  /** Inputs as a workflow's `with:` gives them; action.yml's defaults fill the rest. */
  inputs: Record<string, string>
  event: { name: string; payload: object }
  /** GITHUB_API_URL: the fake server's url. Without it the API is unreachable (never api.github.com). */
  apiUrl?: string
  node?: string
  /** Added last: overrides any variable, or adds one (e.g. RUNNER_DEBUG=1). */
  env?: Record<string, string>
  /** What `${{ github.token }}` evaluates to (the token input's default). */
  token?: string
  /** Skip action.yml's defaults (only `inputs` are set). */
  noDefaults?: boolean
  /** The script to run instead of dist/index.js (the harness's own test uses this). */
  script?: string
  timeoutMs?: number
}

export interface ActionResult extends ProcessResult {
  outputs: Record<string, string>
  summary: string
  /** The workflow commands in stdout (annotations, masks, groups ...). */
  commands: WorkflowCommand[]
  /** RUNNER_TEMP of this run (kept until the test process exits). */
  runnerTemp: string
  /** The environment the child got. */
  env: Record<string, string>
}

interface EventPayloadShape {
  pull_request?: { number?: number; head?: { ref?: string; sha?: string }; base?: { ref?: string } }
  merge_group?: { head_sha?: string; head_ref?: string }
  repository?: { full_name?: string; owner?: { login?: string } }
  sender?: { login?: string }
  ref?: string
  after?: string
  number?: number
}

function headOf(workspace: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--verify', 'HEAD'], {
      cwd: workspace,
      stdio: ['ignore', 'pipe', 'ignore'],
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null'
      }
    })
      .toString()
      .trim()
  } catch {
    return undefined
  }
}

/** The environment the runner gives a JavaScript action's process. */
export async function actionEnvironment(
  opts: RunActionOptions,
  dirs: { root: string }
): Promise<{ env: Record<string, string>; files: { output: string; summary: string; runnerTemp: string } }> {
  const payload = opts.event.payload as EventPayloadShape
  const pr = payload.pull_request
  const isPr = pr !== undefined && opts.event.name.startsWith('pull_request')
  const eventPath = join(dirs.root, 'event.json')
  const output = join(dirs.root, 'github_output')
  const summary = join(dirs.root, 'step_summary.md')
  const runnerTemp = join(dirs.root, 'runner_temp')
  const home = join(dirs.root, 'home')
  await mkdir(runnerTemp)
  await mkdir(home)
  await writeFile(eventPath, JSON.stringify(opts.event.payload, null, 2))
  await writeFile(output, '')
  await writeFile(summary, '')

  const apiUrl = opts.apiUrl ?? UNREACHABLE_API
  const repository = payload.repository?.full_name ?? 'o/r'
  const sha =
    headOf(opts.workspace) ??
    payload.after ??
    payload.merge_group?.head_sha ??
    pr?.head?.sha ??
    '0'.repeat(40)
  const ref = isPr
    ? `refs/pull/${pr?.number ?? payload.number ?? 1}/merge`
    : (payload.ref ?? payload.merge_group?.head_ref ?? 'refs/heads/main')
  const token = opts.token ?? FAKE_TOKEN

  const inputs = {
    ...(opts.noDefaults
      ? {}
      : actionDefaults({
          'github.token': token,
          'github.workspace': opts.workspace,
          'github.repository': repository,
          'runner.temp': runnerTemp
        })),
    ...opts.inputs
  }

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__model-governance_model-governance-gate',
    GITHUB_ACTION_REPOSITORY: 'model-governance/model-governance-gate',
    GITHUB_ACTION_REF: 'v1',
    GITHUB_ACTOR: payload.sender?.login ?? 'octocat',
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: opts.event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? 'o',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_BASE_REF: isPr ? (pr?.base?.ref ?? '') : '',
    GITHUB_HEAD_REF: isPr ? (pr?.head?.ref ?? '') : '',
    GITHUB_RUN_ID: '1234567890',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'Model governance',
    GITHUB_JOB: 'governance',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_ENV: join(dirs.root, 'github_env'),
    GITHUB_PATH: join(dirs.root, 'github_path'),
    GITHUB_STATE: join(dirs.root, 'github_state'),
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TOOL_CACHE: join(dirs.root, 'toolcache')
  }
  for (const file of [env.GITHUB_ENV, env.GITHUB_PATH, env.GITHUB_STATE]) if (file) await writeFile(file, '')
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value
  Object.assign(env, opts.env)
  return { env, files: { output, summary, runnerTemp } }
}

/** Runs dist/index.js (or `opts.script`) as the runner runs a JavaScript action step. */
export async function runAction(opts: RunActionOptions): Promise<ActionResult> {
  const root = makeTempDir('mgg-action-')
  const { env, files } = await actionEnvironment(opts, { root })
  const result = await runNodeScript(opts.script ?? DIST_INDEX, {
    cwd: opts.workspace,
    env,
    ...(opts.node !== undefined && { node: opts.node }),
    ...(opts.timeoutMs !== undefined && { timeoutMs: opts.timeoutMs })
  })
  return {
    ...result,
    outputs: parseFileCommand(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    commands: parseWorkflowCommands(result.stdout),
    runnerTemp: files.runnerTemp,
    env
  }
}

// ---------------------------------------------------------------------------------------------------
// The CLI
// ---------------------------------------------------------------------------------------------------

export interface RunCliOptions {
  cwd: string
  /** Added to a clean environment (PATH and a temp HOME only). */
  env?: Record<string, string>
  node?: string
  /** The script to run instead of dist/cli.js. */
  script?: string
  timeoutMs?: number
  stdin?: string
}

/** Runs `node dist/cli.js ...args` in `cwd`, as a user's shell would (without any GITHUB_* variable). */
export async function runCli(args: string[], opts: RunCliOptions): Promise<ProcessResult> {
  const home = makeTempDir('mgg-cli-home-')
  return runNodeScript(opts.script ?? DIST_CLI, {
    cwd: opts.cwd,
    args,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, ...opts.env },
    ...(opts.node !== undefined && { node: opts.node }),
    ...(opts.timeoutMs !== undefined && { timeoutMs: opts.timeoutMs }),
    ...(opts.stdin !== undefined && { stdin: opts.stdin })
  })
}
