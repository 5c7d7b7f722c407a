"""Starts the support-triage fine-tuning job on the reviewed training file."""
import os

from openai import OpenAI

client = OpenAI(api_key=os.environ["OPENAI_FT_KEY"])

training = client.files.create(
    file=open("training/support-triage/train.jsonl", "rb"), purpose="fine-tune"
)
job = client.fine_tuning.jobs.create(
    training_file=training.id,
    model="gpt-4o-mini-2024-07-18",
    suffix="support-triage",
)
print(job.id)
