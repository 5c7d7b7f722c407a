// AWS Bedrock model customization: the boto3 / JS SDK call, the AWS CLI and PowerShell commands, and
// Terraform's `aws_bedrock_custom_model` or Pulumi's `aws.bedrock.CustomModel`. Invoking a model does not fire.
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf } from './view.js'

const S = defineSignals('bedrock', {
  'bedrock-customization-job': { strength: 'strong', reason: 'Bedrock model customization job created' },
  'bedrock-custom-model-iac': {
    strength: 'strong',
    reason: 'Bedrock custom model declared as infrastructure'
  }
})

const JOB: readonly RegExp[] = [
  /\bcreate_model_customization_job\s*\(/,
  /\bnew\s+CreateModelCustomizationJobCommand\s*\(/,
  /\bbedrock\s+create-model-customization-job\b/,
  /\bNew-BDRModelCustomizationJob\b/
]
const IAC: readonly RegExp[] = [/\bresource\s+"aws_bedrock_custom_model"/, /\baws\.bedrock\.CustomModel\s*\(/]

export const bedrock = defineDetector('bedrock', S, (input) => {
  const view = viewOf(input)
  if (!view.isCode) return []
  const job = view.addedCode.find((l) => JOB.some((re) => re.test(l.text)))
  if (job) return [hit(S['bedrock-customization-job'], view.path, job.line)]
  const iac = view.addedCode.find((l) => IAC.some((re) => re.test(l.text)))
  return iac ? [hit(S['bedrock-custom-model-iac'], view.path, iac.line)] : []
})
