// Training hyperparameters in a config, a script's defaults or a notebook cell: whatever the framework
// (axolotl, TRL recipes, AutoTrain, Anyscale, kohya, ai-toolkit, nanoGPT-style config modules, a
// project's own YAML), a file that sets a learning rate, a training length and a batch, schedule or
// adapter rank describes a training run (strong); two of those families are medium. DeepSpeed and
// accelerate configs set some of them for any distributed job, and are left to training-infra.ts.
import type { Signal } from '../../engine/types.js'
import {
  assignedParameters,
  hasPace,
  startModelAndData,
  byFamily,
  familyOf,
  flagParameters,
  type Parameter
} from './training-keys.js'
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf, type FileView } from './view.js'

const S = defineSignals('training-config', {
  'training-hyperparameters': { strength: 'strong', reason: 'training hyperparameters' },
  'some-training-hyperparameters': { strength: 'medium', reason: 'some training hyperparameters' },
  'training-switched-on': { strength: 'strong', reason: 'config switches a training run on' }
})

const READS: ReadonlySet<FileView['kind']> = new Set([
  'yaml',
  'toml',
  'json',
  'python',
  'notebook',
  'shell',
  'js',
  'other-code'
])
const DEEPSPEED = /"zero_optimization"\s*:/

export const hyperparameters = defineDetector(
  'training-config',
  S,
  (input): Signal[] => {
    const view = viewOf(input)
    if (!READS.has(view.kind) || !view.touched || !view.hasText) return []
    if (isInfraConfig(view)) return []
    const switchedOn = view.kind === 'yaml' ? trainingSwitch(view) : undefined
    if (switchedOn)
      return [hit(S['training-switched-on'], view.path, switchedOn.line, `\`${switchedOn.path}: true\``)]
    const families = byFamily(parametersOf(view))
    if (families.size < 2 || !hasPace(families)) return []
    const def = families.size >= 3 ? S['training-hyperparameters'] : S['some-training-hyperparameters']
    const shown = [...families.values()].sort((a, b) => a.line - b.line)
    const names = shown.map((p) => `\`${p.name}\``).join(', ')
    return [hit(def, view.path, shown[0]?.line, names)]
  },
  { fallback: true }
)

/** The hyperparameters on the lines the change added. */
function parametersOf(view: FileView): Parameter[] {
  if (view.kind === 'yaml') {
    const added = view.yaml.keys.filter((key) => view.isAdded(key.line))
    const names = added.map((key) => ({ name: key.path.split('.').pop() ?? '', line: key.line }))
    const keys = view.yaml.keys.flatMap((key) => {
      if (!view.isAdded(key.line)) return []
      const parts = key.path.split('.')
      const name = parts[parts.length - 1] ?? ''
      const family = familyOf(name, parts[parts.length - 2])
      return family ? [{ name: name.toLowerCase(), line: key.line, family }] : []
    })
    // A job spec's command is a string of flags (Beaker `arguments:`, Kubernetes `args:`, CI `run:`).
    return [
      ...keys,
      ...startModelAndData(names),
      ...view.addedText.flatMap((l) => flagParameters(l.text, l.line))
    ]
  }
  return view.addedText.flatMap((l) => [
    ...assignedParameters(l.text, l.line),
    ...flagParameters(l.text, l.line)
  ])
}

/** A `do_train: true` the change added, at any depth (`model_auto_train.do_train: True`). */
function trainingSwitch(view: FileView): { path: string; line: number } | undefined {
  const key = view.yaml.keys.find(
    (k) => /(?:^|\.)do_train$/.test(k.path) && /^(?:true|yes|on)$/i.test(k.value) && view.isAdded(k.line)
  )
  return key && { path: key.path, line: key.line }
}

/** DeepSpeed JSON and accelerate YAML: distributed-run settings, not a training run by themselves. */
function isInfraConfig(view: FileView): boolean {
  if (view.kind === 'json') return view.lines.some((l) => DEEPSPEED.test(l.text))
  if (view.kind === 'yaml') return view.yaml.has('compute_environment') && view.yaml.has('distributed_type')
  return false
}
