// When the policy cannot be read or is invalid, the gate cannot know what is required: it fails
// closed, unless the workflow itself asked for warn mode. It still publishes: the annotation at the
// policy's line, the job summary, the JSON report (with `error`) and the outputs.
import * as core from '@actions/core'
import { unjudgedResult } from '../engine/run.js'
import type { Mode } from '../engine/types.js'
import type { PolicyLoadError } from '../evidence/policy-source.js'
import { publish, type PublishOptions } from './publish.js'

export async function failOnPolicyError(
  error: PolicyLoadError,
  options: { mode: Mode | undefined; policyInput: string; manifestFile: string; publish: PublishOptions }
): Promise<void> {
  const message = `Policy: ${error.message}`
  const properties = {
    title: 'Model governance policy',
    ...(error.file !== undefined && { file: error.file }),
    ...(error.line !== undefined && { startLine: error.line }),
    ...(error.column !== undefined && { startColumn: error.column })
  }
  const result = unjudgedResult({
    error: message,
    policySource: options.policyInput,
    mode: options.mode,
    manifestFile: options.manifestFile
  })
  if (result.result === 'warn') core.warning(message, properties)
  else core.error(message, properties)
  await publish(result, options.publish)
  if (result.result === 'fail') process.exitCode = 1
}
