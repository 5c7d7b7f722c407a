// The built-in catalogue: one detector per ecosystem. Adding an ecosystem is one module, one line here,
// and its true- and false-positive fixtures under __tests__/fixtures/signals/.
import { axolotl } from './axolotl.js'
import { azureOpenai } from './azure-openai.js'
import { bedrock } from './bedrock.js'
import { cli } from './cli.js'
import { fireworks } from './fireworks.js'
import { hyperparameters } from './hyperparameters.js'
import { jobCalls } from './job-calls.js'
import { llamaFactory } from './llama-factory.js'
import { mistral } from './mistral.js'
import { mlxLm } from './mlx-lm.js'
import { modelCard } from './model-card.js'
import { ollama } from './ollama.js'
import { openai } from './openai.js'
import { peft } from './peft.js'
import { together } from './together.js'
import { torchtune } from './torchtune.js'
import { trainingCode } from './training-code.js'
import { trainingData } from './training-data.js'
import { trainingInfra } from './training-infra.js'
import { transformers } from './transformers.js'
import { trl } from './trl.js'
import { defineSignals, type SignalDef, type SignalDetector } from './types.js'
import { unsloth } from './unsloth.js'
import { vertex } from './vertex.js'
import { weights } from './weights.js'

export const BUILTIN_DETECTORS: readonly SignalDetector[] = [
  axolotl,
  llamaFactory,
  torchtune,
  trl,
  transformers,
  peft,
  unsloth,
  mlxLm,
  openai,
  azureOpenai,
  vertex,
  bedrock,
  together,
  fireworks,
  mistral,
  jobCalls,
  trainingCode,
  hyperparameters,
  ollama,
  weights,
  cli,
  trainingInfra,
  modelCard,
  trainingData
]

/** The signals the policy adds: its `detect.paths` globs and `detect.labels`. */
export const POLICY_SIGNALS = defineSignals('policy', {
  'policy-path': { strength: 'strong', reason: "changed file matches the policy's detect.paths" },
  'policy-label': {
    strength: 'strong',
    reason: "pull request carries a label the policy's detect.labels names"
  }
})

/** Every signal detection can report, built-in and policy. */
export const CATALOGUE: readonly SignalDef[] = [
  ...BUILTIN_DETECTORS.flatMap((d) => d.signals),
  ...Object.values(POLICY_SIGNALS)
]
