// Hosted fine-tuning APIs: a true positive and a near-miss per provider module.
import { lines, type EcosystemCase } from '../helpers.js'

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
