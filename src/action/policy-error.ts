// When the policy cannot be read or is invalid, the gate cannot know what is required: it fails
// closed, unless the workflow itself asked for warn mode.
import * as core from '@actions/core'
import type { Mode } from '../engine/types.js'
import type { PolicyLoadError } from '../evidence/policy-source.js'

export function failOnPolicyError(error: PolicyLoadError, mode: Mode | undefined): void {
  const message = `Policy: ${error.message}`
  const properties = {
    title: 'Model governance policy',
    ...(error.file !== undefined && { file: error.file }),
    ...(error.line !== undefined && { startLine: error.line }),
    ...(error.column !== undefined && { startColumn: error.column })
  }
  core.setOutput('result', mode === 'warn' ? 'warn' : 'fail')
  core.setOutput('fine-tuning-detected', 'false')
  core.setOutput('findings', '1')
  if (mode === 'warn') {
    core.warning(message, properties)
    return
  }
  core.error(message, properties)
  process.exitCode = 1
}
