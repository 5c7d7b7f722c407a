// The vocabulary of training hyperparameters, shared by the config and launcher rules. A learning
// rate, a training length, a training batch, a warm-up or decay schedule, adapter ranks: only a run
// that updates weights names these. Inference, evaluation, serving and retrieval configs name batch
// sizes, token limits and temperatures, none of which is here. Names are compared in lower case with
// `-` read as `_` (`--learning-rate` is `learning_rate`).

export type Family = 'learning rate' | 'length' | 'train batch' | 'schedule' | 'adapter' | 'rl' | 'inputs'

const FAMILIES: Record<Family, readonly string[]> = {
  'learning rate': [
    'learning_rate',
    'lr',
    'base_lr',
    'max_lr',
    'peak_lr',
    'unet_lr',
    'text_encoder_lr',
    'learning_rate_multiplier',
    'learningratemultiplier'
  ],
  length: [
    'num_train_epochs',
    'num_epochs',
    'epochs',
    'n_epochs',
    'epoch_count',
    'epochcount',
    'max_epochs',
    'total_epochs',
    'total_training_steps',
    'max_train_epochs',
    'max_train_epoches',
    'max_train_steps',
    'num_train_steps',
    'train_steps',
    'training_steps',
    'max_steps',
    'max_iters',
    'train_iters',
    'iters',
    'num_iterations'
  ],
  'train batch': [
    'per_device_train_batch_size',
    'train_batch_size',
    'train_batch_size_per_device',
    'train_micro_batch_size_per_gpu',
    'micro_batch_size',
    'global_batch_size',
    'gradient_accumulation_steps',
    'gradient_accumulation',
    'gradient_accumulation_iters',
    'grad_accum_steps'
  ],
  schedule: [
    'lr_scheduler',
    'lr_scheduler_type',
    'lr_warmup_steps',
    'warmup_ratio',
    'warmup_steps',
    'num_warmup_steps',
    'warmup_iters',
    'lr_decay_iters',
    'weight_decay',
    'max_grad_norm'
  ],
  adapter: [
    'lora_r',
    'lora_rank',
    'lora_alpha',
    'lora_dropout',
    'lora_target',
    'lora_target_modules',
    'lora_target_linear',
    'lora_parameters',
    'network_dim',
    'network_alpha',
    'network_module',
    'peft',
    'use_peft',
    'use_dora',
    'finetuning_type',
    'fine_tune_type'
  ],
  // Computed from the names seen by startModelAndData: a start model and training data together.
  inputs: [],
  rl: ['reward_funcs', 'num_generations', 'pref_beta', 'dpo_beta', 'kl_coef', 'ppo_epochs']
}

/** Per-component variants: `learning_rate_unet`, `max_train_steps_ti`, `num_train_epochs_stage2`. */
const PREFIXES: readonly (readonly [string, Family])[] = [
  ['learning_rate_', 'learning rate'],
  ['max_train_steps_', 'length'],
  ['num_train_epochs_', 'length']
]

/** `steps` and `epochs`-like bare names count only under a training section (`train.steps`). */
const UNDER_TRAINING: Readonly<Record<string, Family>> = { steps: 'length', batch_size: 'train batch' }
const TRAINING_SECTION =
  /^(?:train|training|trainer|training_args|training_arguments|params|hyperparameters)$/

const FAMILY_OF = new Map<string, Family>(
  (Object.entries(FAMILIES) as [Family, readonly string[]][]).flatMap(([family, names]) =>
    names.map((name) => [name, family] as const)
  )
)

function normaliseKey(name: string): string {
  return name.toLowerCase().replace(/-/g, '_')
}

/** The family of a parameter name, given the section it sits in (a YAML path's parent, if any). */
export function familyOf(name: string, parent?: string): Family | undefined {
  const key = normaliseKey(name)
  const family = FAMILY_OF.get(key)
  if (family) return family
  const prefixed = PREFIXES.find(([prefix]) => key.startsWith(prefix))
  if (prefixed) return prefixed[1]
  const under = UNDER_TRAINING[key]
  return under && parent !== undefined && TRAINING_SECTION.test(normaliseKey(parent)) ? under : undefined
}

/** A parameter seen in a file or a command, with its line. */
export interface Parameter {
  name: string
  line: number
  family: Family
}

/** A model to start from and data to train on: one family, counted only when both are named. */
const START_MODEL = new Set(['model_name_or_path', 'base_model', 'pretrained_model_name_or_path', 'model_id'])
const TRAINING_DATA = new Set([
  'dataset_name',
  'dataset',
  'datasets',
  'train_file',
  'train_data',
  'training_file',
  'data_path',
  'instance_data_dir'
])

/** The `inputs` family from the names seen, when a start model and training data are both among them. */
export function startModelAndData(names: readonly { name: string; line: number }[]): Parameter[] {
  const model = names.find((n) => START_MODEL.has(normaliseKey(n.name)))
  const data = names.find((n) => TRAINING_DATA.has(normaliseKey(n.name)))
  return model && data ? [{ name: normaliseKey(model.name), line: model.line, family: 'inputs' }] : []
}

/** A run has a pace: a learning rate or a training length is among the families. */
export function hasPace(families: ReadonlyMap<Family, Parameter>): boolean {
  return families.has('learning rate') || families.has('length')
}

/** The distinct families, and the first parameter of each (in line order). */
export function byFamily(parameters: readonly Parameter[]): Map<Family, Parameter> {
  const first = new Map<Family, Parameter>()
  for (const p of [...parameters].sort((a, b) => a.line - b.line))
    if (!first.has(p.family)) first.set(p.family, p)
  return first
}

/** A command's `--do_train` flag, unless a value turns it off (`--do_train False`, `--do-train=0`). */
export function turnsTrainingOn(text: string): boolean {
  for (const m of text.matchAll(/(?:^|[\s'"[(,])--do[_-]train\b(\s*[=\s]\s*["']?(\w*))?/gi)) {
    if (!/^(?:false|0|no|none)$/i.test(m[2] ?? '')) return true
  }
  return false
}

/**
 * Parameter names written as flags (`--learning_rate 2e-4`, `--lr=1e-4`), namespaced flags included
 * (`--train.max_epochs 1`, `--adam.lr 5e-7`: the last part is the name, the one before its section).
 */
export function flagParameters(text: string, line: number): Parameter[] {
  const out: Parameter[] = []
  for (const m of text.matchAll(/(?:^|[\s'"[(,=])--([A-Za-z][\w.-]*)/g)) {
    const parts = (m[1] ?? '').split('.')
    const name = parts[parts.length - 1] ?? ''
    const family = familyOf(name, parts[parts.length - 2])
    if (family) out.push({ name: normaliseKey(name), line, family })
  }
  return out
}

/**
 * Parameter names written as assignments or keys (`learning_rate=`, `"lr": `, `epochs = 3`), Hydra-style
 * overrides included (`trainer.total_epochs=3`, `actor.optim.lr=1e-6`).
 */
export function assignedParameters(text: string, line: number): Parameter[] {
  const out: Parameter[] = []
  for (const m of text.matchAll(/(?:^|[\s{(,'".])["']?([A-Za-z_][\w]*)["']?\s*(?::(?!:)|=(?!=))/g)) {
    const name = m[1] ?? ''
    const parent = /(\w+)\.$/.exec(text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 1))?.[1]
    const family = familyOf(name, parent)
    if (family) out.push({ name: normaliseKey(name), line, family })
  }
  return out
}
