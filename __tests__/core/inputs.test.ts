import { describe, expect, test } from '@jest/globals'
import { InputError } from '../../src/core/errors.js'
import { parseBoolean, parseContainers, parsePlanRequest } from '../../src/core/inputs.js'
import { GiB, MiB } from '../../src/core/units.js'

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''

describe('parsePlanRequest', () => {
  test('no inputs at all is the balanced default', () => {
    expect(parsePlanRequest(reader({}))).toEqual({
      profile: 'balanced',
      buildMemory: null,
      reserveMemoryBytes: null,
      containers: [],
      ollama: null,
      onInsufficient: 'fail',
      memoryPerJobBytes: 2 * GiB,
      totalMemoryBytes: null,
      cpus: null,
      platforms: [],
      runnerLabels: []
    })
  })

  test('every input', () => {
    const r = parsePlanRequest(
      reader({
        profile: 'maximum',
        'build-memory': '75%',
        'reserve-memory': '1.5g',
        containers: 'redis=512m\n# a comment\npostgres = 2g',
        'ollama-model': 'auto',
        'on-insufficient': 'downgrade',
        'memory-per-job': '3g',
        'total-memory': '64g',
        cpus: '8'
      })
    )
    expect(r).toEqual({
      profile: 'maximum',
      buildMemory: { kind: 'percent', percent: 75 },
      reserveMemoryBytes: 1.5 * GiB,
      containers: [
        { name: 'redis', bytes: 512 * MiB },
        { name: 'postgres', bytes: 2 * GiB }
      ],
      ollama: { kind: 'auto' },
      onInsufficient: 'downgrade',
      memoryPerJobBytes: 3 * GiB,
      totalMemoryBytes: 64 * GiB,
      cpus: 8,
      platforms: [],
      runnerLabels: []
    })
  })

  test.each([
    [{ profile: 'huge' }, 'profile "huge" is not one of conservative, balanced, maximum'],
    [{ 'build-memory': 'lots' }, 'build-memory "lots" is not a size: use a number with a unit, like 512m, 20g or 1.5g'],
    [{ 'build-memory': '8' }, `build-memory "8" is below the 16 MiB a build step needs to start (a bare number is bytes; did you mean 8g?)`],
    [{ 'build-memory': '150%' }, 'build-memory "150%" must be a percentage above 0% and at most 100%'],
    [{ 'reserve-memory': '-1g' }, 'reserve-memory "-1g" is not a size: use a number with a unit, like 512m, 20g or 1.5g'],
    [{ containers: 'redis' }, 'containers line "redis" is not name=size (for example redis=512m)'],
    [{ containers: 'redis=lots' }, 'containers size for redis "lots" is not a size: use a number with a unit, like 512m, 20g or 1.5g'],
    [{ containers: '-x=1g' }, 'containers line "-x=1g": "-x" is not a container name (letters, digits, _ . -)'],
    [{ containers: 'a=1g\na=2g' }, 'containers names "a" twice'],
    [{ containers: 'a-b=1g\na_b=2g' }, 'containers "a-b" and "a_b" would share the variable DOCKER_MEMORY_CONTAINER_A_B: rename one'],
    [{ containers: 'ollama=8g' }, 'containers line "ollama=8g": the ollama container is planned from ollama-model; use that input instead'],
    [{ 'ollama-model': 'gpt-5' }, 'ollama-model "gpt-5" is not a known model: use auto or one of qwen2.5:7b, llama3.1:8b, mistral:7b, phi3:mini'],
    [{ 'on-insufficient': 'panic' }, 'on-insufficient "panic" is not one of fail, warn, downgrade, resize'],
    [{ 'memory-per-job': '1m' }, 'memory-per-job "1m" is below 64 MiB; no compiler job fits in that'],
    [{ 'total-memory': '1m' }, 'total-memory "1m" is below 256 MiB; no runner is that small'],
    [{ cpus: '2.5' }, 'cpus "2.5" must be a whole number from 1 to 4096']
  ])('%j → %s', (inputs, message) => {
    expect(() => parsePlanRequest(reader(inputs))).toThrow(new InputError(message))
  })

  test('containers accept commas too', () => {
    expect(parseContainers('a=1g, b=512m')).toEqual([
      { name: 'a', bytes: GiB },
      { name: 'b', bytes: 512 * MiB }
    ])
  })

  // @actions/core's getBooleanInput: YAML 1.2's core schema.
  test.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    [' true ', true],
    ['false', false],
    ['False', false],
    ['FALSE', false]
  ])('boolean %s', (text, value) => {
    expect(parseBoolean(text, 'summary')).toBe(value)
  })

  test('a boolean that is not one', () => {
    expect(() => parseBoolean('maybe', 'summary')).toThrow(new InputError('summary "maybe" must be true or false'))
    expect(() => parseBoolean('tRUE', 'summary')).toThrow(new InputError('summary "tRUE" must be true or false'))
  })

  test.each(['yes', 'no', 'on', 'off', '1', '0'])('%s, a boolean elsewhere, is refused and told why', (text) => {
    expect(() => parseBoolean(text, 'push')).toThrow(
      new InputError(`push "${text}" must be true or false (only true, True, TRUE, false, False or FALSE, as GitHub reads a boolean input)`)
    )
  })
})
