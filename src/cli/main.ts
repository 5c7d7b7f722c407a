// The CLI face: parse the command line, run a command, map the outcome to an exit code.
import { parseArgs } from 'node:util'
import type { Mode, Scope } from '../engine/types.js'
import { buildManifestJsonSchema } from '../manifest/json-schema.js'
import { buildPolicyJsonSchema } from '../policy/json-schema.js'
import { describeError } from '../shared/runtime.js'
import { check, type Format } from './check.js'
import { init } from './init.js'
import { USAGE, UsageError } from './usage.js'
import { VERSION } from '../shared/version.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  isTTY: boolean
  env: NodeJS.ProcessEnv
}

function pick<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[]
): T | undefined {
  if (value === undefined) return undefined
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}; got "${value}".`)
}

function wantsColor(io: CliIo): boolean {
  if (io.env.NO_COLOR) return false
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true
  return io.isTTY
}

function pullNumber(value: string): number {
  if (!/^[1-9]\d{0,9}$/.test(value)) throw new UsageError(`--pr takes a pull request number; got "${value}".`)
  return Number(value)
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        repo: { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        manifest: { type: 'string' },
        policy: { type: 'string' },
        mode: { type: 'string' },
        scope: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        pr: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }
      }
    }).valueOf() as { values: Record<string, string | boolean | undefined>; positionals: string[] }
    const str = (name: string) => values[name] as string | undefined
    const [command, ...extra] = positionals
    if (values.version) return (io.stdout(`${VERSION}\n`), 0)
    if (values.help || command === undefined || command === 'help')
      return (io.stdout(USAGE), command ? 0 : values.help ? 0 : 2)
    const target = command === 'schema' ? (extra.shift() ?? 'manifest') : undefined
    if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`)

    switch (command) {
      case 'check': {
        const mode = pick<Mode>('mode', str('mode'), ['enforce', 'warn'])
        const format = pick<Format>('format', str('format'), ['text', 'json', 'sarif', 'markdown']) ?? 'text'
        const outcome = await check({
          ...(str('repo') !== undefined && { repo: str('repo') }),
          ...(str('base') !== undefined && { base: str('base') }),
          ...(str('head') !== undefined && { head: str('head') }),
          manifest: str('manifest') ?? 'model-governance.yml',
          policy: str('policy') ?? '.github/model-governance-policy.yml',
          ...(mode && { mode }),
          ...(str('scope') !== undefined && {
            scope: pick<Scope>('scope', str('scope'), ['changed', 'all'])
          }),
          format,
          ...(str('output') !== undefined && { output: str('output') }),
          ...(str('pr') !== undefined && { pr: pullNumber(str('pr') ?? '') }),
          color: wantsColor(io)
        })
        io.stdout(outcome.stdout)
        return outcome.exitCode
      }
      case 'init':
        io.stdout(await init(str('manifest') ?? 'model-governance.yml', values.force === true))
        return 0
      case 'schema': {
        if (target !== 'manifest' && target !== 'policy') {
          throw new UsageError(`schema takes "manifest" or "policy"; got "${target}".`)
        }
        const schema = target === 'policy' ? buildPolicyJsonSchema() : buildManifestJsonSchema()
        io.stdout(JSON.stringify(schema, null, 2) + '\n')
        return 0
      }
      default:
        throw new UsageError(`Unknown command "${command}"; the commands are check, init and schema.`)
    }
  } catch (error) {
    io.stderr(`model-governance: ${describeError(error)}\n`)
    // Every failure to run is exit 2: bad usage, or a repository, ref or policy that cannot be read.
    return 2
  }
}
