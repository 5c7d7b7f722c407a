// Hugging Face TRL: a TRL trainer (or its config) instantiated in Python next to a `.train()` call, and
// the CLI's YAML config, which alone has only generic keys (weak). The `trl sft` command is in cli.ts.
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf } from './view.js'

const S = defineSignals('trl', {
  'trl-trainer': { strength: 'strong', reason: 'TRL trainer instantiated and trained' },
  'trl-config': { strength: 'weak', reason: 'TRL CLI-style training config' }
})

const TRAINERS = 'SFT|DPO|GRPO|KTO|RLOO|PPO|ORPO|CPO|Reward|BCO|GKD|OnlineDPO|XPO|NashMD|PRM|IterativeSFT'
const TRAINER_CALL = new RegExp(`\\b(?:${TRAINERS})Trainer\\s*\\(`)
const CONFIG_CALL = new RegExp(`\\b(?:${TRAINERS})Config\\s*\\(`)
const IMPORTS_TRL = /\b(?:from\s+trl\b|import\s+trl\b)/
const TRAIN_CALL = /\.train\s*\(/
const TRAINER_KEYS = ['use_peft', 'lora_r', 'num_train_epochs', 'per_device_train_batch_size', 'max_steps']

export const trl = defineDetector('trl', S, (input) => {
  const view = viewOf(input)
  if (view.kind === 'yaml' && view.touched) return trlConfig(view.path, view.yaml)
  if (view.kind !== 'python' && view.kind !== 'notebook') return []
  const anchor = view.firstAdded(TRAINER_CALL) ?? view.firstAdded(CONFIG_CALL)
  if (!anchor || !view.codeHas(IMPORTS_TRL) || !view.codeHas(TRAIN_CALL)) return []
  const name = (TRAINER_CALL.exec(anchor.text) ?? CONFIG_CALL.exec(anchor.text))?.[0].replace(/\s*\($/, '')
  return [hit(S['trl-trainer'], view.path, anchor.line, `\`${name ?? 'Trainer'}(...)\``)]
})

function trlConfig(path: string, y: ReturnType<typeof viewOf>['yaml']): ReturnType<typeof hit>[] {
  if (!y.has('model_name_or_path') || y.has('stage')) return []
  if (!(y.has('dataset_name') || y.has('dataset_mixture') || y.has('datasets'))) return []
  const key = y.first(...TRAINER_KEYS)
  return key ? [hit(S['trl-config'], path, key.line, `\`${key.path}\``)] : []
}
