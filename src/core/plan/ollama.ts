import { InputError } from '../errors.js'
import { GiB } from '../units.js'

export interface OllamaModel {
  name: string
  /** Size of the model weights. */
  sizeBytes: number
  /** Memory the host should have ("RAM Req"). */
  ramBytes: number
  /** Memory the Docker container needs: model size plus overhead. */
  dockerMemoryBytes: number
  quality: string
  /** Higher is better; the order `auto` prefers. */
  rank: number
}

/** Models with the memory each needs: the weights, the host RAM Ollama asks for, and the container limit (weights plus overhead). */
export const OLLAMA_MODELS: readonly OllamaModel[] = [
  { name: 'qwen2.5:7b', sizeBytes: 4.7 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 10 * GiB, quality: 'Best', rank: 4 },
  { name: 'llama3.1:8b', sizeBytes: 4.7 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 8 * GiB, quality: 'Excellent', rank: 3 },
  { name: 'mistral:7b', sizeBytes: 4.1 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 7 * GiB, quality: 'Very Good', rank: 2 },
  { name: 'phi3:mini', sizeBytes: 2.3 * GiB, ramBytes: 4 * GiB, dockerMemoryBytes: 5 * GiB, quality: 'Basic', rank: 1 }
]

/**
 * The seed's guidance: Docker should get 50–70 % of the machine. `auto` picks the best model
 * whose container fits in the upper end of that band, so the build keeps the rest.
 */
export const AUTO_MODEL_SHARE = 0.7

export type OllamaChoice = { kind: 'auto' } | { kind: 'model'; model: OllamaModel }

export function parseOllamaModel(input: string): OllamaChoice | null {
  const name = input.trim().toLowerCase()
  if (name === '' || name === 'none') return null
  if (name === 'auto') return { kind: 'auto' }
  const model = OLLAMA_MODELS.find((m) => m.name === name)
  if (!model) {
    throw new InputError(`ollama-model "${input}" is not a known model: use auto or one of ${OLLAMA_MODELS.map((m) => m.name).join(', ')}`)
  }
  return { kind: 'model', model }
}

/** The best model for a machine with `totalBytes` of memory, as the seed's assessment picks it. */
export function autoModel(totalBytes: number): OllamaModel {
  const budget = totalBytes * AUTO_MODEL_SHARE
  const fitting = OLLAMA_MODELS.filter((m) => m.ramBytes <= totalBytes && m.dockerMemoryBytes <= budget)
  return fitting.length > 0 ? best(fitting) : smallest()
}

/** The best model whose container fits in `budgetBytes`, if any. */
export function largestModelWithin(budgetBytes: number): OllamaModel | null {
  const fitting = OLLAMA_MODELS.filter((m) => m.dockerMemoryBytes <= budgetBytes)
  return fitting.length > 0 ? best(fitting) : null
}

function best(models: readonly OllamaModel[]): OllamaModel {
  return models.reduce((a, b) => (b.rank > a.rank ? b : a))
}

function smallest(): OllamaModel {
  return OLLAMA_MODELS.reduce((a, b) => (b.dockerMemoryBytes < a.dockerMemoryBytes ? b : a))
}
