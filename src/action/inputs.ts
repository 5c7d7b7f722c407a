// The action's inputs (interface.md), read and validated once. A bad value is a clear error that
// names the input, never a silent default.
import * as core from '@actions/core'
import type { Mode, Scope } from '../engine/types.js'
import { DEFAULT_NETWORK_LIMITS, type NetworkLimits } from '../evidence/github/network-budget.js'

export interface ActionInputs {
  token: string
  /** Reads team membership when set; else `token` does. */
  teamToken?: string
  manifest: string
  policy: string
  mode?: Mode
  scope?: Scope
  comment: boolean
  sarif?: string
  report?: string
  /** The `api-timeout` and `api-deadline` inputs. */
  network: NetworkLimits
}

export class InputError extends Error {}

function oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
  const value = core.getInput(name)
  if (value === '') return undefined
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(`Input "${name}" must be one of ${allowed.join(', ')}; got "${value}".`)
}

function flag(name: string): boolean {
  const value = core.getInput(name).toLowerCase()
  if (value === '' || value === 'false') return false
  if (value === 'true') return true
  throw new InputError(`Input "${name}" must be true or false; got "${value}".`)
}

/** A number of seconds, above 0 and at most an hour; empty for the default. */
function seconds(name: string, fallbackMs: number): number {
  const value = core.getInput(name)
  if (value === '') return fallbackMs
  const n = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || !(n > 0) || n > 3600) {
    throw new InputError(
      `Input "${name}" must be a number of seconds above 0 and at most 3600; got "${value}".`
    )
  }
  return Math.round(n * 1000)
}

export function readInputs(): ActionInputs {
  const optional = (name: string) => core.getInput(name) || undefined
  const mode = oneOf<Mode>('mode', ['enforce', 'warn'])
  const scope = oneOf<Scope>('scope', ['changed', 'all'])
  const sarif = optional('sarif')
  const report = optional('report')
  const teamToken = optional('team-token')
  if (teamToken) core.setSecret(teamToken)
  return {
    token: core.getInput('token'),
    ...(teamToken && { teamToken }),
    manifest: core.getInput('manifest') || 'model-governance.yml',
    policy: core.getInput('policy') || '.github/model-governance-policy.yml',
    ...(mode && { mode }),
    ...(scope && { scope }),
    comment: flag('comment'),
    ...(sarif && { sarif }),
    ...(report && { report }),
    network: {
      requestTimeoutMs: seconds('api-timeout', DEFAULT_NETWORK_LIMITS.requestTimeoutMs),
      deadlineMs: seconds('api-deadline', DEFAULT_NETWORK_LIMITS.deadlineMs)
    }
  }
}
