// Hosted fine-tuning APIs: one true positive and one near-miss per provider module.
import { describe, expect, it } from '@jest/globals'
import { added, hitsOf, lines, type EcosystemCase } from './helpers.js'

export const PROVIDER_CASES: EcosystemCase[] = [
  {
    ecosystem: 'openai',
    positive: {
      path: 'deploy/router.json',
      content: lines('{', '  "model": "ft:gpt-4o-mini-2024-07-18:acme::AmcYzhuG:ckpt-step-285"', '}'),
      hit: 'openai-ft-model-id@2'
    },
    // Three colon parts only, and a feet measurement: not model ids.
    nearMiss: { path: 'app.py', content: lines('label = "ft:gpt-4o:acme"', 'height = "6 ft: 2 in"') }
  },
  {
    ecosystem: 'azure-openai',
    positive: {
      path: 'deploy.py',
      content: 'MODEL = "gpt-4o-mini-2024-07-18.ft-0123456789abcdef0123456789abcdef"',
      hit: 'azure-openai-ft-model-id@1'
    },
    nearMiss: {
      path: 'deploy.py',
      content: 'MODEL = "gpt-4o-mini.ft-0123456789abcdef"  # 16 hex digits only'
    }
  },
  {
    ecosystem: 'vertex',
    positive: {
      path: 'tune.ts',
      content: lines(
        "import { GoogleGenAI } from '@google/genai'",
        'const job = await ai.tunings.tune({ baseModel: m })'
      ),
      hit: 'vertex-tuning-job@2'
    },
    nearMiss: {
      path: 'tune.ts',
      content: lines(
        "import { GoogleGenAI } from '@google/genai'",
        'const job = await ai.tunings.get({ name })'
      )
    }
  },
  {
    ecosystem: 'bedrock',
    positive: {
      path: 'New-Job.ps1',
      content: 'New-BDRModelCustomizationJob -JobName support',
      hit: 'bedrock-customization-job@1'
    },
    nearMiss: {
      path: 'list.sh',
      content: 'aws bedrock list-model-customization-jobs --status-equals InProgress'
    }
  },
  {
    ecosystem: 'together',
    positive: {
      path: 'ft.ts',
      content: lines("import Together from 'together-ai'", 'await together.fineTuning.create({ model })'),
      hit: 'together-ft-job@2'
    },
    nearMiss: { path: 'ft.sh', content: 'together fine-tuning list' }
  },
  {
    ecosystem: 'fireworks',
    positive: {
      path: 'Makefile',
      content: lines('rft:', '\tfirectl create rftj --base-model m'),
      hit: 'fireworks-ft-job@2'
    },
    nearMiss: { path: 'Makefile', content: lines('status:', '\tfirectl get sftj my-job') }
  },
  {
    ecosystem: 'mistral',
    positive: {
      path: 'ft.ts',
      content: lines(
        "import { Mistral } from '@mistralai/mistralai'",
        'await client.fineTuning.jobs.create({ model })'
      ),
      hit: 'mistral-ft-job@2'
    },
    nearMiss: {
      path: 'ft.ts',
      content: lines("import { Mistral } from '@mistralai/mistralai'", 'await client.fineTuning.jobs.list()')
    }
  }
]

describe.each(PROVIDER_CASES)('$ecosystem', ({ positive, nearMiss }) => {
  it('fires on its true positive at the evidence line', () => {
    expect(hitsOf(added(positive.path, positive.content))).toContain(positive.hit)
  })

  it('stays silent on its near-miss', () => {
    expect(hitsOf(added(nearMiss.path, nearMiss.content))).toEqual([])
  })
})

describe('provider details', () => {
  it('attributes the OpenAI-shaped call to Mistral when the file uses mistralai', () => {
    const content = lines(
      'from mistralai import Mistral',
      'client.fine_tuning.jobs.create(model="open-mistral-7b")'
    )
    expect(hitsOf(added('ft.py', content))).toEqual(['mistral-ft-job@2'])
  })

  it('needs a training file before a REST path counts as job creation', () => {
    expect(hitsOf(added('list.sh', 'curl https://api.openai.com/v1/fine_tuning/jobs?limit=10'))).toEqual([])
  })

  it('reads preference pairs anywhere but chat rows only under a training path', () => {
    const chat = '{"messages": [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}]}'
    expect(hitsOf(added('evals/chat.jsonl', chat))).toEqual([])
    expect(hitsOf(added('data/finetune/chat.jsonl', chat))).toEqual(['openai-chat-jsonl@1'])
    expect(hitsOf(added('evals/pairs.jsonl', '{"prompt": "p", "chosen": "a", "rejected": "b"}'))).toEqual([
      'openai-preference-jsonl@1'
    ])
  })

  it('skips prompt-evaluation configs even when they name a fine-tuned model', () => {
    const promptfoo = lines(
      'prompts: [p.txt]',
      'providers:',
      '  - openai:ft:gpt-4o-mini:acme:x:abc123',
      'tests: []'
    )
    expect(hitsOf(added('evals/config.yaml', promptfoo))).toEqual([])
  })
})
