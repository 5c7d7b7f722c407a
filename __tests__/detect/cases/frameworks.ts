// Training frameworks and artifacts: a true positive and a near-miss per ecosystem module.
import { lines, type EcosystemCase } from '../helpers.js'

export const FRAMEWORK_CASES: EcosystemCase[] = [
  {
    ecosystem: 'axolotl',
    positive: {
      path: 'cfg/lora.yml',
      content: lines('base_model: m', 'datasets:', '  - path: d', '    type: alpaca', 'adapter: lora'),
      hit: 'axolotl-config@5'
    },
    // A model card's front matter in YAML form: base_model and datasets, but no trainer key.
    nearMiss: { path: 'card.yml', content: lines('base_model: m', 'datasets:', '  - d', 'license: mit') }
  },
  {
    ecosystem: 'llama-factory',
    positive: {
      path: 'train.yaml',
      content: lines('model_name_or_path: m', 'stage: kto', 'do_train: true', 'dataset: x'),
      hit: 'llamafactory-config@2'
    },
    nearMiss: {
      path: 'eval.yaml',
      content: lines('stage: sft', 'do_train: false', 'do_eval: true', 'finetuning_type: lora')
    }
  },
  {
    ecosystem: 'torchtune',
    positive: {
      path: 'qlora.yaml',
      content: lines(
        'model:',
        '  _component_: torchtune.models.llama3.qlora_llama3_8b',
        'tokenizer:',
        '  _component_: torchtune.models.llama3.llama3_tokenizer',
        'dataset:',
        '  _component_: torchtune.datasets.alpaca_dataset',
        'loss:',
        '  _component_: torchtune.modules.loss.LinearCrossEntropyLoss'
      ),
      hit: 'torchtune-config@2'
    },
    nearMiss: {
      path: 'quantization.yaml',
      content: lines(
        'model:',
        '  _component_: torchtune.models.llama3.llama3_8b',
        'quantizer:',
        '  _component_: torchtune.training.quantization.Int8DynActInt4WeightQuantizer'
      )
    }
  },
  {
    ecosystem: 'trl',
    positive: {
      path: 'kto.py',
      content: lines('from trl import KTOTrainer', 't = KTOTrainer(model=m, train_dataset=d)', 't.train()'),
      hit: 'trl-trainer@2'
    },
    // An instantiation without training: loading a trainer to push an existing checkpoint.
    nearMiss: {
      path: 'push.py',
      content: lines('from trl import SFTTrainer', 't = SFTTrainer(model=m)', 't.push_to_hub()')
    }
  },
  {
    ecosystem: 'transformers',
    positive: {
      path: 'ft.py',
      content: lines(
        'from transformers import AutoModel, Seq2SeqTrainer, Seq2SeqTrainingArguments',
        'model = AutoModel.from_pretrained("t5-small")',
        'trainer = Seq2SeqTrainer(model=model, args=Seq2SeqTrainingArguments("out"))',
        'trainer.train()'
      ),
      hit: 'hf-trainer@3'
    },
    nearMiss: {
      path: 'train_loop.py',
      content: lines('import torch', 'model.train()', 'for batch in loader:', '    loss = model(batch).loss')
    }
  },
  {
    ecosystem: 'peft',
    positive: {
      path: 'out/adapter_config.json',
      content: '{"peft_type": "IA3", "task_type": "SEQ_CLS"}',
      hit: 'peft-adapter-config@1'
    },
    nearMiss: { path: 'out/config.json', content: '{"peft_type": "LORA"}' }
  },
  {
    ecosystem: 'unsloth',
    positive: {
      path: 'vision.py',
      content: lines(
        'from unsloth import FastVisionModel',
        'model = FastVisionModel.get_peft_model(model, r=16)'
      ),
      hit: 'unsloth-peft@2'
    },
    // Same method name without unsloth: a different library.
    nearMiss: {
      path: 'other.py',
      content: lines('from mylib import FastModel', 'FastModel.get_peft_model(model)')
    }
  },
  {
    ecosystem: 'mlx-lm',
    positive: {
      path: 'mlx.yaml',
      content: lines('model: mlx-community/m', 'train: true', 'fine_tune_type: full', 'data: data'),
      hit: 'mlx-lora-config@3'
    },
    nearMiss: {
      path: 'mlx.yaml',
      content: lines('model: mlx-community/m', 'fine_tune_type: lora', 'test: true')
    }
  },
  {
    ecosystem: 'weights',
    positive: {
      path: 'lora/ckpt/model.safetensors',
      content: 'version https://git-lfs.github.com/spec/v1\nsize 9',
      hit: 'adapter-weights@1'
    },
    nearMiss: {
      path: 'explorations/model.onnx',
      content: 'version https://git-lfs.github.com/spec/v1\nsize 9'
    }
  },
  {
    ecosystem: 'ollama',
    positive: {
      path: 'models/Modelfile',
      content: lines('FROM mistral', 'adapter ./lora.gguf'),
      hit: 'ollama-adapter@2'
    },
    nearMiss: {
      path: 'models/Modelfile',
      content: lines('FROM mistral:7b', 'SYSTEM You are terse.', 'PARAMETER num_ctx 4096')
    }
  },
  {
    ecosystem: 'cli',
    positive: {
      path: 'run.sh',
      content: lines('tune run --nproc_per_node 8 \\', '  full_finetune_distributed --config cfg.yaml'),
      hit: 'torchtune-cli@1'
    },
    nearMiss: {
      path: 'run.sh',
      content: lines('tune run quantize --config q.yaml', 'trl env', 'llamafactory-cli chat cfg.yaml')
    }
  },
  {
    ecosystem: 'training-infra',
    positive: {
      path: 'ds.json',
      content: lines('{', '  "zero_optimization": {"stage": 2}', '}'),
      hit: 'deepspeed-config@2'
    },
    nearMiss: { path: 'settings.json', content: lines('{', '  "optimization": {"level": 2}', '}') }
  },
  {
    ecosystem: 'model-card',
    positive: {
      path: 'README.md',
      content: lines('---', 'base_model: m', 'base_model_relation: finetune', '---', '# x'),
      hit: 'model-card-adapter@3'
    },
    nearMiss: {
      path: 'README.md',
      content: lines('---', 'base_model: m', 'base_model_relation: quantized', 'tags: [gguf]', '---')
    }
  },
  {
    ecosystem: 'training-data',
    positive: {
      path: 'data/sft/rows.jsonl',
      content: '{"prompt": "Hi", "completion": "Hello"}',
      hit: 'instruction-jsonl@1'
    },
    nearMiss: { path: 'data/eval/rows.jsonl', content: '{"prompt": "Hi", "completion": "Hello"}' }
  }
]
