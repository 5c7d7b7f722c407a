// Framework-agnostic training: one true positive and one near-miss per generic signal.
import { describe, expect, it } from '@jest/globals'
import { GENERIC_CASES } from './cases/generic.js'
import { added, describeCases, hitsOf, lines, signalsOf } from './helpers.js'

describeCases(GENERIC_CASES, '$ecosystem: $positive.hit')

describe('training hyperparameters', () => {
  it('leave DeepSpeed configs to training-infra: a learning rate, batch and schedule for any distributed job', () => {
    const deepspeed = lines(
      '{',
      '  "train_batch_size": "auto",',
      '  "gradient_accumulation_steps": "auto",',
      '  "optimizer": {"type": "AdamW", "params": {"lr": "auto"}},',
      '  "scheduler": {"type": "WarmupLR", "params": {"warmup_num_steps": 100}},',
      '  "zero_optimization": {"stage": 3}',
      '}'
    )
    expect(hitsOf(added('ds_config.json', deepspeed))).toEqual(['deepspeed-config@6'])
  })

  it('count only the lines a change adds, and name the families found', () => {
    const config = lines('model: m', 'learning_rate: 1e-4', 'num_epochs: 2', 'micro_batch_size: 4')
    const all = hitsOf(added('run.yml', config))
    expect(all).toEqual(['training-hyperparameters@2'])
    // An edit that only bumps the epochs is not a new training config.
    expect(
      hitsOf({
        file: { path: 'run.yml', status: 'modified', addedLines: [{ line: 3, text: 'num_epochs: 2' }] },
        content: config
      })
    ).toEqual([])
  })

  it('read per-component variants and training sections', () => {
    const launcher = lines(
      'lora_pti \\',
      '  --learning_rate_unet=1e-4 \\',
      '  --max_train_steps_ti=1000 \\',
      '  --train_batch_size=1'
    )
    expect(hitsOf(added('multivector.sh', launcher))).toEqual(['training-hyperparameters@2'])
  })
})

describe('what real repositories taught the generic rules', () => {
  it('reads namespaced flags and Hydra-style overrides (OpenRLHF, veRL)', () => {
    const openrlhf = lines(
      'openrlhf.cli.train_dpo \\',
      '   --train.max_epochs 1 \\',
      '   --train.micro_batch_size 1 \\',
      '   --adam.lr 5e-7'
    )
    expect(hitsOf(added('train_dpo.sh', openrlhf))).toEqual(['training-hyperparameters@2'])
    const verl = lines(
      'python3 -m verl.trainer.main_ppo \\',
      '    data.train_batch_size=256 \\',
      '    actor_rollout_ref.actor.optim.lr=1e-6 \\',
      '    trainer.total_epochs=30'
    )
    expect(hitsOf(added('run_ppo.sh', verl))).toEqual(['training-hyperparameters@2'])
  })

  it('takes a numbered training script for a training entry point, but not one that is only printed', () => {
    expect(hitsOf(added('run.sh', 'python 02_finetune_qlora.py --model qwen'))).toEqual(['training-launch@1'])
    expect(hitsOf(added('setup.sh', 'echo "  python3 02_finetune_qlora.py --model llama"'))).toEqual([])
  })

  it('reads the flags of a job spec written as a YAML string (Beaker, Kubernetes args)', () => {
    const beaker = lines(
      'tasks:',
      "  - arguments: ['accelerate launch",
      '      open_instruct/finetune.py',
      '      --learning_rate 2e-5',
      '      --num_train_epochs 2',
      "      --per_device_train_batch_size 2']"
    )
    expect(hitsOf(added('configs/beaker/finetune.yaml', beaker))).toEqual(['training-hyperparameters@4'])
  })

  it('leaves textual-gradient prompt optimisers alone: TextGrad mirrors the PyTorch loop over prompts', () => {
    const textgrad = lines(
      'import textgrad as tg',
      'loss = loss_fn(answer)',
      'loss.backward()',
      'optimizer.step()'
    )
    expect(hitsOf(added('prompt_optimization.py', textgrad))).toEqual([])
  })

  it('counts a custom trainer class run in a PyTorch code base', () => {
    const musubi = lines(
      'import torch',
      'class WanNetworkTrainer(NetworkTrainer):',
      '    pass',
      'trainer = WanNetworkTrainer()',
      'trainer.train(args)'
    )
    expect(hitsOf(added('wan_train_network.py', musubi))).toEqual(['trainer-run@2'])
  })

  it('starts a job through any client bound to a tuning service, and never on a definition', () => {
    const lamini = lines(
      'from lamini import Lamini',
      'llm = Lamini(model_name="m")',
      'llm.tune(data_or_dataset_id=data)'
    )
    expect(hitsOf(added('tune.py', lamini))).toEqual(['ft-job-call@3'])
    const dspy = lines('lm = dspy.LM(model="m")', 'job = lm.finetune(train_data=data, train_kwargs=kw)')
    expect(hitsOf(added('finetune.py', dspy))).toEqual(['ft-job-call@2'])
    expect(hitsOf(added('lib.py', 'def create_finetuning_job(client, file_id):\n    return None'))).toEqual(
      []
    )
  })

  it('counts a strong signal in a test file as medium: a test exercises the call, it runs no fine-tune', () => {
    const call = 'job, err := client.FineTuning.Jobs.New(ctx, params)'
    expect(signalsOf(added('examples/fine-tuning/main.go', call)).map((s) => s.strength)).toEqual(['strong'])
    const inTest = signalsOf(added('finetuningjob_test.go', call))
    expect(inTest.map((s) => [s.id, s.strength])).toEqual([['openai-ft-job', 'medium']])
    expect(inTest[0]?.reason).toContain('(in a test file)')
    expect(
      signalsOf(
        added('tests/api-resources/fine-tuning/jobs.test.ts', 'await client.fineTuning.jobs.create({})')
      ).map((s) => s.strength)
    ).toEqual(['medium'])
  })
})

describe('training switched on, and a start model with its data', () => {
  it('takes a do_train: true at any depth for a training run (Augmentoolkit, LLaMA-Factory-like configs)', () => {
    const config = lines(
      'pipeline: factual',
      'model_auto_train:',
      '  do_train: True',
      '  config: presets/sft.yaml'
    )
    expect(hitsOf(added('complete_factual.yaml', config))).toEqual(['training-switched-on@3'])
    expect(hitsOf(added('no_train.yaml', config.replace('True', 'False')))).toEqual([])
  })

  it('counts a start model with training data as one family, next to a learning rate and a schedule', () => {
    const trl = lines(
      'model_name_or_path:',
      '  Qwen/Qwen2.5-0.5B',
      'dataset_name:',
      '  stanfordnlp/imdb',
      'learning_rate:',
      '  0.0001',
      'lr_scheduler_type:',
      '  cosine'
    )
    expect(hitsOf(added('example_config.yaml', trl))).toEqual(['training-hyperparameters@1'])
    // An evaluation config names a model and data too, but no learning rate or training length.
    const evaluation = lines('model_name_or_path: m', 'dataset_name: d', 'batch_size: 8', 'tasks: [gsm8k]')
    expect(hitsOf(added('eval.yaml', evaluation))).toEqual([])
  })
})
