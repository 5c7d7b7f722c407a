// The noise rules every detector obeys: comments, deleted files, unchanged lines, notebooks' code cells.
import { describe, expect, it } from '@jest/globals'
import type { DetectInput } from '../../src/evidence/detect/types.js'
import { added, hitsOf, lines, modified } from './helpers.js'

const AXOLOTL = lines('base_model: m', 'datasets:', '  - path: d', 'adapter: lora', 'lora_r: 8')

describe('comments are ignored', () => {
  it.each([
    ['job.py', '# client.fine_tuning.jobs.create(training_file=f, model=m)'],
    ['job.py', lines('"""Example:', '    client.fine_tuning.jobs.create(training_file=f)', '"""')],
    ['job.ts', '// await openai.fineTuning.jobs.create({ training_file })'],
    ['job.ts', lines('/*', ' await openai.fineTuning.jobs.create({ training_file })', '*/')],
    ['run.sh', '  # aws bedrock create-model-customization-job --job-name x'],
    ['ci.yml', lines('steps:', '  # - run: axolotl train cfg.yml')],
    [
      'main.tf',
      lines(
        '/* resource "aws_bedrock_custom_model" "x" {} */',
        '// resource "aws_bedrock_custom_model" "y" {}'
      )
    ],
    [
      'axolotl.yml',
      AXOLOTL.split('\n')
        .map((l) => `# ${l}`)
        .join('\n')
    ]
  ])('%s: %j', (path, content) => {
    expect(hitsOf(added(path, content))).toEqual([])
  })

  it('keeps code before a trailing comment and # or // inside strings', () => {
    expect(
      hitsOf(added('a.py', 'job = client.fine_tuning.jobs.create(training_file="f#1")  # start'))
    ).toEqual(['openai-ft-job@1'])
    const rest = lines(
      "const url = 'https://api.openai.com/v1/fine_tuning/jobs' // create",
      'body.training_file = id'
    )
    expect(hitsOf(added('a.ts', rest))).toEqual(['openai-ft-job@1'])
  })
})

describe('only what the change adds counts', () => {
  const script = lines(
    'from trl import SFTTrainer',
    'trainer = SFTTrainer(model=m, train_dataset=d)',
    'trainer.train()',
    'print("done")'
  )

  it('ignores deleted files', () => {
    const input: DetectInput = {
      file: { path: 'train.py', status: 'removed', addedLines: [] },
      content: script
    }
    expect(hitsOf(input)).toEqual([])
  })

  it('does not fire on an unrelated edit next to an unchanged training call', () => {
    expect(hitsOf(modified('train.py', script, [4]))).toEqual([])
  })

  it('fires when the edit adds the training call, using unchanged lines as context', () => {
    expect(hitsOf(modified('train.py', script, [2]))).toEqual(['trl-trainer@2'])
  })

  it('fires a YAML key-set rule on the whole head of a modified config, at the distinctive key', () => {
    expect(hitsOf(modified('cfg.yml', AXOLOTL, [5]))).toEqual(['axolotl-config@4'])
  })

  it('does not fire a YAML key-set rule on a pure rename', () => {
    const input: DetectInput = {
      file: { path: 'cfg/new.yml', previousPath: 'old.yml', status: 'renamed', addedLines: [] },
      content: AXOLOTL
    }
    expect(hitsOf(input)).toEqual([])
  })

  it('reads the added lines alone when the head content is unknown', () => {
    const input: DetectInput = {
      file: {
        path: 'ft.py',
        status: 'modified',
        addedLines: [{ line: 40, text: 'client.fine_tuning.jobs.create(x)' }]
      }
    }
    expect(hitsOf(input)).toEqual(['openai-ft-job@40'])
  })

  it('takes adapter weights without content as a binary, with no line', () => {
    expect(hitsOf({ file: { path: 'out/adapter_model.safetensors', status: 'added' } })).toEqual([
      'adapter-weights@-'
    ])
    expect(hitsOf({ file: { path: 'out/adapter_model.safetensors', status: 'modified' } })).toEqual([
      'adapter-weights-changed@-'
    ])
  })
})

describe('notebooks', () => {
  const notebook = JSON.stringify(
    {
      cells: [
        {
          cell_type: 'markdown',
          metadata: {},
          source: ['Run `FastLanguageModel.get_peft_model(model)` next.\n']
        },
        {
          cell_type: 'code',
          metadata: {},
          outputs: [{ output_type: 'stream', text: ['FastLanguageModel.get_peft_model(model)\n'] }],
          source: [
            'from unsloth import FastLanguageModel\n',
            '# FastLanguageModel.get_peft_model(old)\n',
            'x = 1'
          ]
        },
        { cell_type: 'raw', metadata: {}, source: 'FastLanguageModel.get_peft_model(model)' }
      ],
      nbformat: 4
    },
    null,
    1
  )

  it('reads code cells only: markdown, raw cells, outputs and comments never fire', () => {
    expect(hitsOf(added('nb.ipynb', notebook))).toEqual([])
  })

  it('maps a hit in a code cell to its line in the JSON file', () => {
    const withCall = notebook.replace('"x = 1"', '"model = FastLanguageModel.get_peft_model(model)"')
    const line = withCall.split('\n').findIndex((l) => l.includes('"model = FastLanguageModel')) + 1
    expect(line).toBeGreaterThan(1)
    expect(hitsOf(added('nb.ipynb', withCall))).toEqual([`unsloth-peft@${line}`])
    expect(hitsOf(modified('nb.ipynb', withCall, [line - 1]))).toEqual([])
  })

  it('reads a cell whose source is one string', () => {
    const one = JSON.stringify({
      cells: [{ cell_type: 'code', source: '!pip install trl\n!trl dpo --config c.yaml' }]
    })
    expect(hitsOf(added('nb.ipynb', one))).toEqual(['trl-cli@1'])
  })
})
