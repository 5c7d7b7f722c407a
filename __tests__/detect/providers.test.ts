// Hosted fine-tuning APIs: one true positive and one near-miss per provider module.
import { describe, expect, it } from '@jest/globals'
import { PROVIDER_CASES } from './cases/providers.js'
import { added, describeCases, hitsOf, lines } from './helpers.js'

describeCases(PROVIDER_CASES)

describe('provider details', () => {
  it('attributes the OpenAI-shaped call to Mistral when the file uses mistralai', () => {
    const content = lines(
      'from mistralai import Mistral',
      'client.fine_tuning.jobs.create(model="open-mistral-7b")'
    )
    expect(hitsOf(added('ft.py', content))).toEqual(['mistral-ft-job@2'])
  })

  it("reads the 0.x Mistral SDK's client.jobs.create, and never a batch inference job", () => {
    const old = lines(
      'from mistralai.client import MistralClient',
      'client = MistralClient(api_key=key)',
      'created = client.jobs.create(model="open-mistral-7b", training_files=[f])'
    )
    expect(hitsOf(added('ft.ipynb.py', old))).toEqual(['mistral-ft-job@3'])
    const batch = lines(
      'from mistralai import Mistral',
      'job = client.batch.jobs.create(input_files=[f], model="m", endpoint="/v1/chat/completions")'
    )
    expect(hitsOf(added('batch.py', batch))).toEqual([])
  })

  it("reads the Gemini API SDK's create_tuned_model and OpenAI's Go SDK", () => {
    const gemini = lines(
      'import google.generativeai as genai',
      'operation = genai.create_tuned_model(source_model=base, training_data=data)'
    )
    expect(hitsOf(added('samples/tuning.py', gemini))).toEqual(['vertex-tuning-job@2'])
    expect(hitsOf(added('main.go', 'job, err := client.FineTuning.Jobs.New(ctx, params)'))).toEqual([
      'openai-ft-job@1'
    ])
  })

  it("reads an Azure ML pipeline job that runs a registry's fine-tuning component", () => {
    const pipeline = lines(
      'type: pipeline',
      'jobs:',
      '  pipeline_finetune:',
      '    type: pipeline',
      '    component: azureml://registries/azure-openai/components/openai_completions_finetune/versions/0.2.9'
    )
    expect(hitsOf(added('finetune_spec.yaml', pipeline))).toEqual(['azureml-finetuning-job@5'])
    const scoring = pipeline.replace('openai_completions_finetune', 'batch_score_llm')
    expect(hitsOf(added('score_spec.yaml', scoring))).toEqual([])
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
