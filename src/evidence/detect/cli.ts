// Training launched from a command: in workflows, Makefiles, Dockerfiles, shell and Slurm scripts,
// notebook `!` lines and Python subprocess calls. A command that starts a training run defines the
// whole job, so each is strong on its own:
// - a framework's training command: `axolotl train`, `llamafactory-cli train`, `tune run <training
//   recipe>`, `trl sft`, `mlx_lm.lora --train`, `autotrain llm --train`, `llmforge ... finetune`,
//   `swift sft`;
// - a script run by python, torchrun, accelerate, deepspeed or srun that turns on `--do_train`, is a
//   training entry point (`train.py`, `finetune.py`, `-m axolotl.cli.train`), or passes training
//   hyperparameters (`--learning_rate`, `--num_train_epochs`, `--lora_r` ...).
// `tune run eleuther_eval`, `mlx_lm.generate`, `llamafactory-cli chat`, `--do_train False` and a
// `--do_predict` run do not fire. Continuation lines (`\`) and bracketed Python calls are joined.
import type { Signal } from '../../engine/types.js'
import { byFamily, flagParameters, hasPace, turnsTrainingOn } from './training-keys.js'
import { defineDetector, defineSignals, hit, type SignalDef } from './types.js'
import { viewOf } from './view.js'

const S = defineSignals('cli', {
  'axolotl-cli': { strength: 'strong', reason: 'axolotl training command' },
  'llamafactory-cli': { strength: 'strong', reason: 'LLaMA-Factory training command' },
  'torchtune-cli': { strength: 'strong', reason: 'torchtune training recipe run' },
  'trl-cli': { strength: 'strong', reason: 'TRL training command' },
  'mlx-lm-lora-cli': { strength: 'strong', reason: 'MLX-LM LoRA training command' },
  'autotrain-cli': { strength: 'strong', reason: 'AutoTrain training command' },
  'llmforge-cli': { strength: 'strong', reason: 'Anyscale LLMForge fine-tuning command' },
  'swift-cli': { strength: 'strong', reason: 'ms-swift training command' },
  'training-launch': { strength: 'strong', reason: 'training run launched' }
})

const KEYWORD =
  /axolotl|llamafactory-cli|lmf|trl|mlx_lm|tune|autotrain|llmforge|swift|python|torchrun|accelerate|deepspeed|srun|executable|sbatch/
/**
 * A Slurm submission of a launcher with a training method among its arguments (alignment-handbook's
 * `sbatch recipes/launch.slurm zephyr-7b sft full deepspeed_zero3`).
 */
const SBATCH_TRAINING = /\bsbatch\s.*\s(?:sft|dpo|orpo|kto|grpo|ppo|simpo|cpo|rloo|finetune|pretrain)(?=\s)/
const TUNE_RUN = /\btune\s+run\s/
const TRAINING_RECIPE = /finetune|dpo|ppo|grpo|distillation|qat/
const COMMANDS: readonly { def: SignalDef; re: RegExp; also?: RegExp }[] = [
  { def: S['axolotl-cli'], re: /\baxolotl(?:\s+train\b|\.cli\.train\b)/ },
  { def: S['llamafactory-cli'], re: /(?:^|[\s/])(?:llamafactory-cli|lmf)\s+train\b/ },
  {
    def: S['trl-cli'],
    re: /\btrl\s+(?:sft|dpo|kto|grpo|rloo|reward|orpo|cpo|ppo|online_dpo|gkd|xpo|nash_md|bco|prm)\b/
  },
  { def: S['mlx-lm-lora-cli'], re: /\bmlx_lm(?:\.lora|\s+lora)\b/, also: /\s--train\b/ },
  {
    def: S['autotrain-cli'],
    re: /\bautotrain\s+(?:llm|text-classification|dreambooth|seq2seq)\b/,
    also: /\s--train\b/
  },
  { def: S['llmforge-cli'], re: /\bllmforge\s+(?:anyscale\s+)?finetune\b/ },
  { def: S['swift-cli'], re: /\bswift\s+(?:sft|rlhf|pt)\b/ }
]

const PRINTS = /^\s*(?:echo|printf|print|logger\.\w+|log)\b/
/** What runs a script: an interpreter or a distributed launcher. */
const RUNNER =
  /(?:^|[\s;&|(!])(?:python[\d.]*|torchrun|accelerate\s+launch|deepspeed|srun|mpirun|sys\.executable)(?=\s)/
/**
 * A training entry point's name: `train.py`, `finetune_lora.py`, `run_sft.py`, `02_finetune_qlora.py`,
 * `-m axolotl.cli.train`.
 */
const TRAINING_ENTRY =
  /^(?:\d+[_-])?(?:run_)?(?:train|training|finetune|finetuning|fine_tune|sft|dpo|orpo|kto|grpo|ppo|rlhf|pretrain|pretraining)(?:$|[_-])/
/** ... unless it prepares, evaluates or converts rather than trains. */
const NOT_TRAINING = /data|prep|split|eval|test|infer|generat|convert|export|merge|plot|download|token|vocab/

export const cli = defineDetector('cli', S, (input) => {
  const view = viewOf(input)
  if (!view.isCode) return []
  const out: Signal[] = []
  const seen = new Set<string>()
  const add = (def: SignalDef, line: number, detail?: string) => {
    if (seen.has(def.id)) return
    seen.add(def.id)
    out.push(hit(def, view.path, line, detail))
  }
  for (const cmd of view.statements) {
    if (!cmd.added || !KEYWORD.test(cmd.text)) continue
    const text = ` ${cmd.text.replace(/["'`,[\]]/g, ' ')} `
    for (const { def, re, also } of COMMANDS) {
      if (re.test(text) && (also === undefined || also.test(text))) add(def, cmd.line)
    }
    const recipe = tuneRecipe(text)
    if (recipe) add(S['torchtune-cli'], cmd.line, `\`${recipe}\``)
    const launch = seen.size === 0 ? trainingLaunch(text, cmd.line) : undefined
    if (launch) add(S['training-launch'], cmd.line, launch)
  }
  return out
})

/** Why a runner's command is a training run, or undefined. */
function trainingLaunch(text: string, line: number): string | undefined {
  const submitted = SBATCH_TRAINING.exec(text)
  if (submitted) return `\`sbatch ... ${submitted[0].trim().split(/\s+/).pop() ?? ''}\``
  const runner = RUNNER.exec(text)
  if (!runner) return undefined
  // `echo "python train.py ..."` prints an instruction; it runs nothing.
  const segment = text.slice(0, runner.index).split(/[;&|]/).pop() ?? ''
  if (PRINTS.test(segment)) return undefined
  const rest = text.slice(runner.index + runner[0].length)
  if (turnsTrainingOn(rest)) return '`--do_train`'
  const entry = entryOf(rest)
  if (entry && TRAINING_ENTRY.test(entry.name) && !NOT_TRAINING.test(entry.name)) return `\`${entry.shown}\``
  const families = byFamily(flagParameters(rest, line))
  if (families.size >= 2 && hasPace(families)) {
    return [...families.values()].map((p) => `\`--${p.name}\``).join(', ')
  }
  return undefined
}

/** The script a runner runs: the module after `-m`, else the first `.py` argument. */
function entryOf(rest: string): { name: string; shown: string } | undefined {
  const tokens = rest.trim().split(/\s+/)
  const m = tokens.indexOf('-m')
  const module = m >= 0 ? tokens[m + 1] : undefined
  if (module && !module.startsWith('-'))
    return { name: module.split('.').pop()?.toLowerCase() ?? '', shown: `-m ${module}` }
  const script = tokens.find((t) => /\.py$/.test(t))
  if (!script) return undefined
  return { name: (script.split('/').pop() ?? '').replace(/\.py$/, '').toLowerCase(), shown: script }
}

/** The training recipe of a `tune run` command: a token before `--config` naming a training recipe. */
function tuneRecipe(text: string): string | undefined {
  const m = TUNE_RUN.exec(text)
  if (!m) return undefined
  const start = m.index + m[0].length
  for (const token of text.slice(start, start + 400).split(/\s+/)) {
    if (token === '--config' || token === '-c' || token === '&&' || token === ';') break
    if (!token.startsWith('-') && TRAINING_RECIPE.test(token)) return token
  }
  return undefined
}
