// Framework-agnostic training: a true positive and a near-miss for each signal of the generic
// detectors (training code, hyperparameters, job calls) and of the launch commands.
import { lines, type EcosystemCase } from '../helpers.js'

export const GENERIC_CASES: EcosystemCase[] = [
  {
    ecosystem: 'training-code',
    positive: {
      path: 'train.py',
      content: lines(
        'for batch in loader:',
        '    loss = model(**batch).loss',
        '    accelerator.backward(loss)',
        '    optimizer.step()',
        '    optimizer.zero_grad()'
      ),
      hit: 'training-loop@3'
    },
    // Gradients for saliency maps: backward, but no optimizer ever steps.
    nearMiss: {
      path: 'explain.py',
      content: lines('out = model(x)', 'out[0, label].backward()', 'saliency = x.grad.abs()')
    }
  },
  {
    ecosystem: 'training-code',
    positive: {
      path: 'mlx_train.py',
      content: lines(
        'loss_and_grad = nn.value_and_grad(model, loss_fn)',
        'for batch in batches:',
        '    loss, grads = loss_and_grad(model, *batch)',
        '    optimizer.update(model, grads)'
      ),
      hit: 'training-loop@1'
    },
    nearMiss: {
      path: 'generate.py',
      content: lines('model, tokenizer = load(path)', 'print(generate(model, tokenizer, prompt))')
    }
  },
  {
    ecosystem: 'training-code',
    positive: {
      path: 'embed_ft.py',
      content: lines(
        'from sentence_transformers import SentenceTransformer, SentenceTransformerTrainer',
        'model = SentenceTransformer("all-MiniLM-L6-v2")',
        'trainer = SentenceTransformerTrainer(model=model, train_dataset=ds, loss=loss)',
        'trainer.train()'
      ),
      hit: 'trainer-run@3'
    },
    // A trainer loaded to evaluate a checkpoint: built, never trained.
    nearMiss: {
      path: 'evaluate.py',
      content: lines(
        'from transformers import Trainer',
        'trainer = Trainer(model=model, eval_dataset=ds)',
        'print(trainer.evaluate())'
      )
    }
  },
  {
    ecosystem: 'training-code',
    positive: {
      path: 'finetuning.py',
      content: lines('optimizer = optim.AdamW(', '    model.parameters(),', '    lr=train_config.lr,', ')'),
      hit: 'model-optimizer@1'
    },
    nearMiss: {
      path: 'serve.py',
      content: lines('model.eval()', 'params = sum(p.numel() for p in model.parameters())')
    }
  },
  {
    ecosystem: 'training-code',
    positive: {
      path: 'gemma_lora.py',
      content: lines(
        'import keras_hub',
        'gemma_lm = keras_hub.models.GemmaCausalLM.from_preset("gemma2_2b_en")',
        'gemma_lm.backbone.enable_lora(rank=4)',
        'gemma_lm.fit(data, epochs=1, batch_size=1)'
      ),
      hit: 'keras-fine-tune@4'
    },
    // A classifier trained from scratch on tabular data with scikit-learn: `fit`, but no Keras model.
    nearMiss: {
      path: 'clf.py',
      content: lines('from sklearn.linear_model import LogisticRegression', 'clf.fit(X, y)')
    }
  },
  {
    ecosystem: 'training-code',
    positive: {
      path: 'launch.py',
      content: lines(
        'from sagemaker.huggingface import HuggingFace',
        'estimator = HuggingFace(entry_point="train.py", hyperparameters=hp, instance_type="ml.g5.2xlarge")',
        'estimator.fit({"train": train_uri})'
      ),
      hit: 'sagemaker-training-job@2'
    },
    // SageMaker runs evaluations as estimator jobs too.
    nearMiss: {
      path: 'evaluate.py',
      content: lines(
        'from sagemaker.huggingface import HuggingFace',
        'estimator = HuggingFace(entry_point="run_evals_accelerate.py", instance_type="ml.g5.2xlarge")',
        'estimator.fit()'
      )
    }
  },
  {
    ecosystem: 'training-config',
    positive: {
      path: 'configs/run.yaml',
      content: lines(
        'model: meta-llama/Llama-3.2-1B',
        'train:',
        '  lr: 2e-4',
        '  epochs: 3',
        '  gradient_accumulation_steps: 4'
      ),
      hit: 'training-hyperparameters@3'
    },
    // Serving: batch sizes, token limits and a LoRA module to load, but nothing that trains.
    nearMiss: {
      path: 'serve.yaml',
      content: lines(
        'model: m',
        'max_batch_size: 32',
        'max_new_tokens: 512',
        'lora_modules: [support=./adapter]'
      )
    }
  },
  {
    ecosystem: 'training-config',
    positive: {
      path: 'hp.json',
      content: lines('{', '  "n_epochs": 3,', '  "learning_rate_multiplier": 2', '}'),
      hit: 'some-training-hyperparameters@2'
    },
    // Generation settings: a batch, a length in tokens, a temperature; no training pace.
    nearMiss: {
      path: 'generation_config.json',
      content: lines('{', '  "max_new_tokens": 512,', '  "temperature": 0.2,', '  "batch_size": 8', '}')
    }
  },
  {
    ecosystem: 'training-config',
    positive: {
      path: 'pipeline.yaml',
      content: lines('model_auto_train:', '  do_train: true', '  base_model: m'),
      hit: 'training-switched-on@2'
    },
    nearMiss: {
      path: 'pipeline.yaml',
      content: lines('model_auto_train:', '  do_train: false', '  base_model: m')
    }
  },
  {
    ecosystem: 'fine-tuning-api',
    positive: {
      path: 'ft.py',
      content: lines(
        'client = Fireworks()',
        'job = client.supervised_fine_tuning_jobs.create(base_model=BASE, dataset=ds)'
      ),
      hit: 'ft-job-call@2'
    },
    nearMiss: {
      path: 'status.py',
      content: lines(
        'job = client.supervised_fine_tuning_jobs.get(job_id)',
        'price = estimate_finetuning_cost(n_tokens)',
        'answer = run_finetuned_model(prompt)'
      )
    }
  },
  {
    ecosystem: 'fine-tuning-api',
    positive: {
      path: 'rest.py',
      content: lines(
        'url = f"{BASE_URL}/fineTuningJobs"',
        'response = requests.post(url, json=payload, headers=HEADERS)'
      ),
      hit: 'ft-job-rest@1'
    },
    nearMiss: {
      path: 'poll.py',
      content: lines(
        'url = f"{BASE_URL}/fineTuningJobs/{job_id}"',
        'state = requests.get(url).json()["state"]'
      )
    }
  },
  {
    ecosystem: 'fine-tuning-api',
    positive: {
      path: 'optimize.py',
      content: lines(
        'import dspy',
        'optimizer = dspy.BootstrapFinetune(metric=metric, num_threads=16)',
        'tuned = optimizer.compile(student, teacher=teacher, trainset=trainset)'
      ),
      hit: 'dspy-weight-optimizer@2'
    },
    // A prompt optimizer: the weights stay as they are.
    nearMiss: {
      path: 'prompts.py',
      content: lines(
        'import dspy',
        'optimizer = dspy.MIPROv2(metric=metric, auto="light")',
        'program = optimizer.compile(student, trainset=trainset)'
      )
    }
  },
  {
    ecosystem: 'cli',
    positive: {
      path: 'scripts/run.sh',
      content: lines(
        'accelerate launch train_dreambooth_lora.py \\',
        '  --pretrained_model_name_or_path=$MODEL \\',
        '  --instance_data_dir=./data'
      ),
      hit: 'training-launch@1'
    },
    // The same entry style for inference and evaluation, and a training switch turned off.
    nearMiss: {
      path: 'scripts/eval.sh',
      content: lines(
        'python run_inference.py --model_name_or_path out --batch_size 8',
        'python main.py --do_train False --do_predict --per_device_eval_batch_size 4'
      )
    }
  },
  {
    ecosystem: 'cli',
    positive: {
      path: 'Makefile',
      content: lines('train:', '\tautotrain llm --train --project-name support --model m --data-path data'),
      hit: 'autotrain-cli@2'
    },
    nearMiss: { path: 'Makefile', content: lines('predict:', '\tautotrain app --port 8080') }
  },
  {
    ecosystem: 'cli',
    positive: {
      path: 'job.yaml',
      content: lines('name: support-ft', 'entrypoint: llmforge anyscale finetune configs/lora.yaml'),
      hit: 'llmforge-cli@2'
    },
    nearMiss: { path: 'job.yaml', content: lines('name: serve', 'entrypoint: serve run app:deployment') }
  },
  {
    ecosystem: 'cli',
    positive: {
      path: 'sft.sh',
      content: lines('swift sft --model Qwen/Qwen2.5-7B-Instruct --train_type lora --dataset data.jsonl'),
      hit: 'swift-cli@1'
    },
    nearMiss: { path: 'infer.sh', content: lines('swift infer --adapters output/checkpoint-100') }
  }
]
