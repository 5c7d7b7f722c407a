// Training written as code, whatever the framework: a loop that back-propagates a loss and steps an
// optimizer (PyTorch, Accelerate, Lightning Fabric, MLX, JAX/optax), a trainer object built and run
// (`<Anything>Trainer(...)` then `.train()` with a training library imported), an optimizer built over
// a model's parameters (`AdamW(model.parameters(), ...)`), a Keras model fitted
// after loading pretrained weights or enabling LoRA, and a SageMaker estimator fitted. Each trains
// weights, so each is strong on its own. Inference, evaluation and export code has none of these pairs.
import type { Signal } from '../../engine/types.js'
import { defineDetector, defineSignals, hit, type SignalDef } from './types.js'
import { viewOf, type FileView } from './view.js'

const S = defineSignals('training-code', {
  'training-loop': { strength: 'strong', reason: 'training loop: gradients and optimizer steps' },
  'trainer-run': { strength: 'strong', reason: 'trainer built and run' },
  'model-optimizer': { strength: 'strong', reason: "optimizer built over a model's parameters" },
  'keras-fine-tune': { strength: 'strong', reason: 'Keras model fine-tuned' },
  'sagemaker-training-job': { strength: 'strong', reason: 'SageMaker training job run' }
})

interface Pair {
  def: SignalDef
  /** The line the hit points at (the first added one). */
  anchor: RegExp
  /** Must also appear somewhere in the file's code. */
  with: readonly RegExp[]
  /** Must not appear in the file's code. */
  without?: readonly RegExp[]
  /** The anchor is sought in whole statements (a call over several lines), not single lines. */
  statement?: boolean
  detail: string
}

const BACKWARD = /\.backward\s*\(/
const OPTIMIZER_STEP = /\b\w*(?:optim|opt|optimizer)\w*\.step\s*\(|\bscaler\.step\s*\(\s*\w*optim/i
/** TextGrad and Trace mirror PyTorch's loop over prompts: `loss.backward()` there tunes text, not weights. */
const TEXTUAL_GRADIENTS = /\b(?:textgrad|opto)\b/
const VALUE_AND_GRAD = /\bvalue_and_grad\s*\(|\bjax\.grad\s*\(/
const OPTIMIZER_UPDATE = /\b\w*(?:optim|opt|optimizer)\w*\.update\s*\(|\boptax\.apply_updates\s*\(/i
const TRAINER = /\b(?:[A-Z]\w*)?Trainer\s*\(/
/** An optimizer built over a model's parameters: only training does that. */
const MODEL_OPTIMIZER =
  /\b\w*(?:Adam|AdamW|SGD|Adafactor|Lion|RMSprop|Adagrad|LAMB|Sophia)\w*\s*\(\s*(?:params\s*=\s*)?[\w.]*\.(?:parameters|trainable_parameters)\s*\(/
const RUN = /\.(?:train|fit)\s*\(/
const TRAINING_LIBRARY =
  /\b(?:transformers|trl|peft|unsloth|sentence_transformers|setfit|lightning|pytorch_lightning|composer|swift|llamafactory|axolotl|torch|accelerate|diffusers)\b/
const KERAS_FIT = /\.fit\s*\(/
const KERAS = /\bkeras(?:_hub|_nlp)?\b/
const PRETRAINED = /\.(?:from_preset|from_pretrained)\s*\(|\.enable_lora\s*\(/
/** SageMaker's Estimator and JumpStartEstimator, and its framework estimators (HuggingFace, PyTorch ...). */
const ESTIMATOR = /\b(?:\w*Estimator|HuggingFace|PyTorch|TensorFlow)\s*\(/
const SAGEMAKER = /\bsagemaker\b/
/** An estimator whose entry point evaluates or serves: SageMaker runs evaluations as jobs too. */
const NOT_TRAINING_ENTRY = /\bentry_point\s*=\s*["'][^"']*(?:eval|infer|predict|generat|bench|serve|test)/i

const PAIRS: readonly Pair[] = [
  {
    def: S['training-loop'],
    anchor: BACKWARD,
    with: [OPTIMIZER_STEP],
    without: [TEXTUAL_GRADIENTS],
    detail: '`backward()` and `step()`'
  },
  {
    def: S['training-loop'],
    anchor: VALUE_AND_GRAD,
    with: [OPTIMIZER_UPDATE],
    detail: '`value_and_grad` and an optimizer update'
  },
  { def: S['trainer-run'], anchor: TRAINER, with: [RUN, TRAINING_LIBRARY], detail: '' },
  { def: S['model-optimizer'], anchor: MODEL_OPTIMIZER, with: [], detail: '', statement: true },
  {
    def: S['keras-fine-tune'],
    anchor: KERAS_FIT,
    with: [KERAS, PRETRAINED],
    detail: '`fit()` on pretrained weights'
  },
  {
    def: S['sagemaker-training-job'],
    anchor: ESTIMATOR,
    with: [KERAS_FIT, SAGEMAKER],
    without: [NOT_TRAINING_ENTRY],
    detail: 'estimator `fit()`'
  }
]

export const trainingCode = defineDetector(
  'training-code',
  S,
  (input): Signal[] => {
    const view = viewOf(input)
    if (view.kind !== 'python' && view.kind !== 'notebook') return []
    for (const pair of PAIRS) {
      const found = pairIn(view, pair)
      if (found) return [found]
    }
    return []
  },
  { fallback: true }
)

function pairIn(view: FileView, pair: Pair): Signal | undefined {
  const anchor = pair.statement
    ? view.statements.find((l) => l.added && pair.anchor.test(l.text))
    : view.firstAdded(pair.anchor)
  if (!anchor || !pair.with.every((re) => view.codeHas(re))) return undefined
  if (pair.without?.some((re) => view.codeHas(re))) return undefined
  const called = (pair.anchor.exec(anchor.text)?.[0] ?? '').replace(/\s*\(.*$/, '(...)')
  const detail = pair.detail || `\`${called}\``
  return hit(pair.def, view.path, anchor.line, detail)
}
