import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { InputError } from '../../src/core/errors.js'
import {
  backendUnit,
  chooseBackend,
  colimaAlreadyRunning,
  colimaProfileOf,
  colimaStart,
  colimaStop,
  parseAppPid,
  platformOf,
  resizePaths,
  type BackendEvidence,
  type ResizeBackend,
  type ResizePlatform
} from '../../src/core/resize/backend.js'
import { parseColimaConfig, setColimaMemory } from '../../src/core/resize/colima-config.js'
import { memoryLock, parseDesktopSettings, setDesktopMemory, type DesktopFormat } from '../../src/core/resize/desktop-settings.js'
import { parseResizeInput, parseResizeTimeout, resizeWanted, type ResizeDecision } from '../../src/core/resize/request.js'
import { alreadyLargeEnough, memoryMatches, resizeTarget, vmCeiling } from '../../src/core/resize/target.js'
import { parseWslMemory, setWslMemory } from '../../src/core/resize/wslconfig.js'
import { plan } from '../../src/core/plan/plan.js'
import { parsePlanRequest } from '../../src/core/inputs.js'
import type { MachineFacts } from '../../src/core/machine.js'
import { GiB, MiB } from '../../src/core/units.js'

const fixture = (name: string): string => readFileSync(`__tests__/fixtures/resize-settings/${name}`, 'utf8')

/** Every line but the changed one is the same, byte for byte (line endings included). */
function onlyLineChanged(before: string, after: string): string[] {
  const a = before.split('\n')
  const b = after.split('\n')
  expect(b).toHaveLength(a.length)
  return b.filter((line, i) => line !== a[i])
}

describe('Docker Desktop settings', () => {
  test.each<[string, DesktopFormat, number | null, string]>([
    ['settings-store-4.45.json', 'store', 4096, '  "MemoryMiB": 10240,'],
    ['settings-4.30.json', 'legacy', 2048, ''],
    ['settings-store-odd.json', 'store', 8192, '\t"MemoryMiB" :  10240 ,\r']
  ])('%s: memory read, and only the memory value changes', (file, format, mib, changedLine) => {
    const text = fixture(file)
    expect(parseDesktopSettings(text, format, file).memoryMiB).toBe(mib)
    const after = setDesktopMemory(text, format, 10240, file)
    expect(parseDesktopSettings(after, format, file).memoryMiB).toBe(10240)
    if (changedLine) expect(onlyLineChanged(text, after)).toEqual([changedLine])
    else expect(after).toBe(text.replace('"memoryMiB":2048', '"memoryMiB":10240'))
  })

  test('any MemoryMiB is written back exactly, and nothing else moves', () => {
    const text = fixture('settings-store-odd.json')
    fc.assert(
      fc.property(fc.integer({ min: 1024, max: 1024 * 1024 }), (mib) => {
        expect(setDesktopMemory(text, 'store', mib, 'f')).toBe(text.replace('8192', String(mib)))
      })
    )
  })

  test('wslEngineEnabled is read from settings.json', () => {
    expect(parseDesktopSettings(fixture('settings-4.30.json'), 'legacy', 'f').wslEngineEnabled).toBe(false)
    expect(parseDesktopSettings(fixture('settings-store-4.45.json'), 'store', 'f').wslEngineEnabled).toBeNull()
  })

  test.each([
    ['{"MemoryMiB": 4096,}', /not valid JSON \(PropertyNameExpected on line 1\)/],
    ['{"MemoryMiB": 4096 // comment\n}', /not valid JSON \(InvalidCommentToken on line 1\)/],
    ['', /not valid JSON/],
    ['[1, 2]', /not a JSON object/],
    ['{"MemoryMiB": "4096"}', /MemoryMiB is "4096", not a whole number of MiB/],
    ['{"MemoryMiB": 4096', /not valid JSON \(CloseBraceExpected/]
  ])('%j is refused with one line and never edited', (text, message) => {
    expect(() => setDesktopMemory(text, 'store', 8192, 'settings-store.json')).toThrow(InputError)
    expect(() => setDesktopMemory(text, 'store', 8192, 'settings-store.json')).toThrow(message)
  })

  test.each([
    ['admin-settings-locked.json', 'memoryMiB'],
    ['admin-settings-unlocked.json', null]
  ])('%s: the memory lock is %s', (file, lock) => {
    expect(memoryLock(fixture(file), file)).toBe(lock)
  })
})

describe('colima.yaml', () => {
  test('memory, cpu and disk are read; only the memory number changes', () => {
    const text = fixture('colima-0.8.yaml')
    expect(parseColimaConfig(text, 'f')).toEqual({ memoryGiB: 2, cpu: 2, diskGiB: 100 })
    expect(onlyLineChanged(text, setColimaMemory(text, 12, 'f'))).toEqual(['memory: 12'])
  })

  test.each([
    ['cpu: 2\n', /has no memory: line/],
    ['memory: 2\nmemory: 4\n', /sets memory: twice/],
    ['memory: lots\n', /memory: lots is not a number/],
    ['memory 2\n', /line 1 is not YAML Colima writes/]
  ])('%j is refused', (text, message) => {
    expect(() => setColimaMemory(text, 8, 'colima.yaml')).toThrow(message)
  })

  test('start keeps the CPUs and disk; a running VM is recognised', () => {
    expect(colimaStart('default', 10, 2, 100)).toEqual(['colima', 'start', '--memory', '10', '--cpu', '2', '--disk', '100'])
    expect(colimaStart('ci', 10, null, null)).toEqual(['colima', 'start', '--profile', 'ci', '--memory', '10'])
    expect(colimaAlreadyRunning('time="2026-01-01T00:00:00Z" level=warning msg="already running, ignoring"')).toBe(true)
    expect(colimaAlreadyRunning('level=info msg="done"')).toBe(false)
  })
})

describe('.wslconfig', () => {
  test('CRLF file: only the memory value changes, its comment kept', () => {
    const text = fixture('wslconfig-crlf.ini')
    expect(parseWslMemory(text, 'f')).toBe(8 * GiB)
    expect(onlyLineChanged(text, setWslMemory(text, 12 * GiB, 'f'))).toEqual(['memory=12GB # Limits VM memory\r'])
  })

  test.each([
    ['', '[wsl2]\nmemory=6GB\n'],
    ['[wsl2]\nprocessors=2\n', '[wsl2]\nmemory=6GB\nprocessors=2\n'],
    ['[experimental]\r\nsparseVhd=true', '[experimental]\r\nsparseVhd=true\r\n[wsl2]\r\nmemory=6GB\r\n'],
    ['[WSL2]\n  memory = 2GB\n', '[WSL2]\n  memory = 6GB\n'],
    ['[wsl2]\nmemory=1536MB\n', '[wsl2]\nmemory=6GB\n']
  ])('%j → %j', (before, after) => {
    expect(setWslMemory(before, 6 * GiB, 'f')).toBe(after)
  })

  test('a size that is not whole GiB is written in MB', () => {
    expect(setWslMemory('[wsl2]\nmemory=4GB\n', 6 * GiB + 512 * MiB, 'f')).toBe('[wsl2]\nmemory=6656MB\n')
  })

  test.each([
    ['[wsl2]\nmemory=4GB\nmemory=8GB\n', /sets memory twice/],
    ['[wsl2]\nmemory=lots\n', /memory "lots" is not a size/],
    ['[wsl2]\njust text\n', /line 2 is neither a \[section\] nor key=value/],
    ['[wsl2]\n[wsl2]\n', /two \[wsl2\] sections/]
  ])('%j is refused', (text, message) => {
    expect(() => setWslMemory(text, 8 * GiB, '.wslconfig')).toThrow(message)
  })
})

describe('target size', () => {
  test.each([
    // requested, physical, reserve, unit → target
    [10 * GiB, 16 * GiB, 1.6 * GiB, 'MiB', 10 * GiB],
    [10 * GiB + 1, 32 * GiB, 3.2 * GiB, 'MiB', 10 * GiB + MiB],
    [9.5 * GiB, 32 * GiB, 3.2 * GiB, 'GiB', 10 * GiB]
  ] as const)('%d on a %d machine is %d', (requestedBytes, physicalBytes, reserveBytes, unit, target) => {
    expect(resizeTarget({ requestedBytes, physicalBytes, reserveBytes, unit }).targetBytes).toBe(target)
  })

  test('above 70 % of the machine is refused with the numbers', () => {
    expect(() => resizeTarget({ requestedBytes: 12 * GiB, physicalBytes: 16 * GiB, reserveBytes: 1.6 * GiB, unit: 'MiB' })).toThrow(
      "Docker's VM would need 12 GiB, above the ceiling of 11.2 GiB (70 % of this machine's 16 GiB); use a smaller model or container limits, or a machine with at least 18 GiB"
    )
  })

  test('a large reserve lowers the ceiling below 70 %', () => {
    expect(() => resizeTarget({ requestedBytes: 6 * GiB, physicalBytes: 8 * GiB, reserveBytes: 3 * GiB, unit: 'MiB' })).toThrow(
      "above the ceiling of 5 GiB (this machine's 8 GiB less 3 GiB kept for the host)"
    )
  })

  test('the ceiling is never above 70 % nor above physical less the reserve', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4096 }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 4096 }), (physGiB, reserveGiB, askGiB) => {
        const ceiling = vmCeiling(physGiB * GiB, reserveGiB * GiB)
        expect(ceiling).toBeLessThanOrEqual(Math.floor((physGiB * GiB * 70) / 100))
        expect(ceiling).toBeLessThanOrEqual((physGiB - reserveGiB) * GiB)
        const request = { requestedBytes: askGiB * GiB, physicalBytes: physGiB * GiB, reserveBytes: reserveGiB * GiB, unit: 'GiB' as const }
        if (askGiB * GiB <= ceiling) expect(resizeTarget(request).targetBytes).toBe(askGiB * GiB)
        else expect(() => resizeTarget(request)).toThrow(InputError)
      })
    )
  })

  test('MemTotal a little below the setting matches; the old size does not', () => {
    expect(memoryMatches(Math.floor(10 * GiB * 0.96), 10 * GiB)).toBe(true)
    expect(memoryMatches(4 * GiB, 10 * GiB)).toBe(false)
    expect(memoryMatches(12 * GiB, 10 * GiB)).toBe(false)
    expect(alreadyLargeEnough(12 * GiB, 10 * GiB)).toBe(true)
  })
})

describe('backend choice', () => {
  const base: BackendEvidence = {
    platform: 'darwin',
    requested: null,
    docker: null,
    desktopSettingsExist: false,
    colimaConfigExists: false,
    wslEngineEnabled: null
  }
  const desktop = { backend: 'docker-desktop' as const, inVm: true, operatingSystem: 'Docker Desktop' }
  test.each<[string, Partial<BackendEvidence>, string | null]>([
    ['macOS Docker Desktop', { docker: desktop }, 'desktop'],
    ['macOS, Desktop stopped, settings present', { desktopSettingsExist: true }, 'desktop'],
    ['macOS Colima answering', { docker: { backend: 'colima', inVm: true, operatingSystem: 'Ubuntu' }, desktopSettingsExist: true }, 'colima'],
    ['macOS, nothing running, only colima.yaml', { colimaConfigExists: true }, 'colima'],
    ['Windows Desktop, WSL default', { platform: 'win32', docker: desktop }, 'wsl'],
    ['Windows Desktop on Hyper-V', { platform: 'win32', docker: desktop, wslEngineEnabled: false }, 'desktop'],
    ['Linux native engine', { platform: 'linux', docker: { backend: 'engine', inVm: false, operatingSystem: 'Debian GNU/Linux 12' } }, null],
    ['OrbStack', { docker: { backend: 'orbstack', inVm: true, operatingSystem: 'OrbStack' } }, null],
    ['nothing at all', {}, null]
  ])('%s → %s', (_, e, backend) => {
    expect(chooseBackend({ ...base, ...e }).backend).toBe(backend)
  })

  test.each([
    ['colima', undefined, 'default'],
    ['colima-ci', undefined, 'ci'],
    ['colima-ci', 'other', 'other'],
    [null, undefined, 'default']
  ])('Colima engine named %s, COLIMA_PROFILE=%s: profile %s', (name, env, profile) => {
    expect(colimaProfileOf(name, env)).toBe(profile)
  })

  test('Linux says why resizing does not apply', () => {
    const c = chooseBackend({ ...base, platform: 'linux', docker: { backend: 'engine', inVm: false, operatingSystem: 'Ubuntu 24.04' } })
    expect(c.why).toBe(
      "Docker runs natively on this Linux machine (Ubuntu 24.04): its containers use the host's memory directly and there is no VM to resize; use a runner with more memory or smaller limits"
    )
  })

  test('--backend wsl on macOS is refused', () => {
    expect(() => chooseBackend({ ...base, requested: 'wsl' })).toThrow('--backend wsl does not run on darwin; it runs on win32')
  })

  test('paths of each platform', () => {
    const mac = resizePaths({ platform: 'darwin', home: '/Users/me' })
    expect(mac.desktopStore).toBe('/Users/me/Library/Group Containers/group.com.docker/settings-store.json')
    expect(mac.desktopAdmin).toBe('/Library/Application Support/com.docker.docker/admin-settings.json')
    expect(mac.colimaConfig).toBe('/Users/me/.colima/default/colima.yaml')
    const win = resizePaths({ platform: 'win32', home: '/h', appData: '/h/AppData/Roaming', programData: '/pd', userProfile: '/h', colimaProfile: 'ci' })
    expect([win.desktopLegacy, win.desktopAdmin, win.wslconfig, win.colimaConfig]).toEqual([
      '/h/AppData/Roaming/Docker/settings.json',
      '/pd/DockerDesktop/admin-settings.json',
      '/h/.wslconfig',
      '/h/.colima/ci/colima.yaml'
    ])
  })

  test.each([
    ['"pid"=4321\n', 4321],
    ['', null],
    ['"pid"=[ NULL ]', null]
  ])('lsappinfo %j → %s', (out, pid) => {
    expect(parseAppPid(out)).toBe(pid)
  })

  test.each([
    ['macOS', 'linux', 'darwin'],
    ['Windows', 'linux', 'win32'],
    [undefined, 'darwin', 'darwin'],
    [undefined, 'freebsd', 'linux']
  ])('RUNNER_OS %s on %s → %s', (runnerOs, platform, expected) => {
    expect(platformOf(runnerOs, platform)).toBe(expected)
  })
})

// What `docker-memory resize` prints as its reason, and the paths and commands it uses, for
// every way the backend is chosen or refused.
describe('backend choice, said in full', () => {
  const base: BackendEvidence = {
    platform: 'darwin',
    requested: null,
    docker: null,
    desktopSettingsExist: false,
    colimaConfigExists: false,
    wslEngineEnabled: null
  }
  const desktop = { backend: 'docker-desktop' as const, inVm: true, operatingSystem: 'Docker Desktop' }
  const colima = { backend: 'colima' as const, inVm: true, operatingSystem: 'Ubuntu 24.04' }
  test.each<[string, Partial<BackendEvidence>, string | null, string]>([
    ['Desktop on macOS', { docker: desktop }, 'desktop', 'docker info names Docker Desktop'],
    ['Desktop on Windows, WSL 2', { platform: 'win32', docker: desktop }, 'wsl', 'Docker Desktop on Windows runs its engine in WSL 2, sized by .wslconfig'],
    [
      'Desktop on Windows, Hyper-V',
      { platform: 'win32', docker: desktop, wslEngineEnabled: false },
      'desktop',
      'Docker Desktop uses its Hyper-V VM (wslEngineEnabled is false)'
    ],
    [
      'Desktop on Windows, WSL 2 set',
      { platform: 'win32', docker: desktop, wslEngineEnabled: true },
      'wsl',
      'Docker Desktop on Windows runs its engine in WSL 2, sized by .wslconfig'
    ],
    ['Colima answering', { docker: colima }, 'colima', 'docker info names a Colima VM'],
    ['Colima on Linux', { platform: 'linux', docker: colima }, 'colima', 'docker info names a Colima VM'],
    ['only a colima.yaml', { colimaConfigExists: true }, 'colima', 'a Colima config exists and no engine answered'],
    ['a colima.yaml on Windows', { platform: 'win32', colimaConfigExists: true }, null, 'Colima does not run on Windows'],
    ['both settings, no engine: Desktop', { colimaConfigExists: true, desktopSettingsExist: true }, 'desktop', 'docker info names Docker Desktop'],
    // Desktop's settings on Linux (Docker Desktop for Linux) are not ours to resize.
    [
      'Desktop settings on Linux',
      { platform: 'linux', desktopSettingsExist: true },
      null,
      'no Docker engine answered and no Docker Desktop or Colima settings were found on linux'
    ],
    [
      'a native engine on macOS',
      { docker: { backend: 'engine', inVm: false, operatingSystem: '' } },
      null,
      "Docker runs natively on this machine (engine): its containers use the host's memory directly and there is no VM to resize; use a runner with more memory or smaller limits"
    ],
    [
      'OrbStack',
      { docker: { backend: 'orbstack', inVm: true, operatingSystem: 'OrbStack' } },
      null,
      'Docker runs in orbstack, which docker-memory cannot resize; change its memory in its own settings'
    ],
    ['nothing on Windows', { platform: 'win32' }, null, 'no Docker engine answered and no Docker Desktop or Colima settings were found on win32']
  ])('%s', (_, e, backend, why) => {
    expect(chooseBackend({ ...base, ...e })).toEqual({ backend, why })
  })

  test.each<[ResizeBackend, ResizePlatform, string | null]>([
    ['desktop', 'darwin', null],
    ['desktop', 'win32', null],
    ['desktop', 'linux', '--backend desktop does not run on linux; it runs on darwin and win32'],
    ['colima', 'darwin', null],
    ['colima', 'linux', null],
    ['colima', 'win32', '--backend colima does not run on win32; it runs on darwin and linux'],
    ['wsl', 'win32', null],
    ['wsl', 'linux', '--backend wsl does not run on linux; it runs on win32']
  ])('--backend %s on %s', (requested, platform, refusal) => {
    // What was asked wins over what runs, where the backend exists.
    const e = { ...base, platform, requested, docker: desktop }
    if (refusal === null) expect(chooseBackend(e)).toEqual({ backend: requested, why: `asked for ${requested}` })
    else expect(() => chooseBackend(e)).toThrow(new InputError(refusal))
  })

  test("Windows paths without the environment's directories: under the home and the system root", () => {
    expect(resizePaths({ platform: 'win32', home: '/h', systemRoot: '/c', colimaProfile: '' })).toEqual({
      desktopStore: '/h/AppData/Roaming/Docker/settings-store.json',
      desktopLegacy: '/h/AppData/Roaming/Docker/settings.json',
      desktopAdmin: '/c/ProgramData/DockerDesktop/admin-settings.json',
      desktopExe: '/c/Program Files/Docker/Docker/Docker Desktop.exe',
      wslconfig: '/h/.wslconfig',
      colimaConfig: '/h/.colima/default/colima.yaml',
      colimaProfile: 'default'
    })
    expect(resizePaths({ platform: 'win32', home: '/h', programFiles: '/pf' }).desktopExe).toBe('/pf/Docker/Docker/Docker Desktop.exe')
  })

  test('Colima counts in whole GiB, the settings files in MiB', () => {
    expect([backendUnit('colima'), backendUnit('desktop'), backendUnit('wsl')]).toEqual(['GiB', 'MiB', 'MiB'])
  })

  test('colima stop names the profile unless it is the default one', () => {
    expect(colimaStop('default')).toEqual(['colima', 'stop'])
    expect(colimaStop('ci')).toEqual(['colima', 'stop', '--profile', 'ci'])
  })

  test('small parsers: the pid with spaces, RUNNER_OS Linux, an engine name that only contains colima-', () => {
    expect(parseAppPid('"pid" = 4321')).toBe(4321)
    expect(platformOf('Linux', 'darwin')).toBe('linux')
    expect(colimaProfileOf('my-colima-vm', undefined)).toBe('default')
  })
})

describe('the action inputs', () => {
  const machine = (engineGiB: number): MachineFacts => ({
    os: { platform: 'darwin', arch: 'x64', release: '24.0.0' },
    memory: { totalBytes: 24 * GiB, availableBytes: 20 * GiB, swapTotalBytes: 0, swapFreeBytes: 0 },
    cpus: { logical: 4 },
    cgroup: null,
    docker: {
      name: 'docker-desktop',
      serverVersion: '28.5.1',
      memTotalBytes: Math.floor(engineGiB * GiB * 0.96),
      ncpu: 4,
      osType: 'linux',
      operatingSystem: 'Docker Desktop',
      architecture: 'x86_64',
      cgroupVersion: '2',
      cgroupDriver: 'cgroupfs',
      backend: 'docker-desktop',
      inVm: true,
      clientVersion: null,
      buildxVersion: null
    },
    runner: {
      ci: 'github',
      ciName: 'GitHub Actions',
      environment: 'self-hosted',
      name: null,
      os: 'macOS',
      arch: 'X64',
      inContainer: false,
      containerHint: null
    }
  })
  const decide = (inputs: Record<string, string>, engineGiB = 4) => {
    const request = parsePlanRequest((name) => inputs[name] ?? '')
    const m = machine(engineGiB)
    return resizeWanted(m, request, plan(m, request), parseResizeInput(inputs.resize ?? ''))
  }

  test.each<[string, Record<string, string>, ResizeDecision]>([
    ['llama3.1:8b (8 GiB) → 10 GiB', { 'ollama-model': 'llama3.1:8b', 'on-insufficient': 'resize' }, { kind: 'resize', bytes: 10 * GiB }],
    // 12 GiB (10 + 2) would report 11.4 GiB and leave the build 260 MiB after the reserve: 13.
    ['qwen2.5:7b (10 GiB) → 13 GiB', { 'ollama-model': 'qwen2.5:7b', 'on-insufficient': 'resize' }, { kind: 'resize', bytes: 13 * GiB }],
    ['a size wins over the plan', { 'ollama-model': 'qwen2.5:7b', 'on-insufficient': 'resize', resize: '14g' }, { kind: 'resize', bytes: 14 * GiB }],
    ['a plan that fits, auto → nothing', { containers: 'redis=512m', 'on-insufficient': 'resize' }, { kind: 'none' }],
    ['a plan that fits, a size above the VM → the size', { 'on-insufficient': 'resize', resize: '8g' }, { kind: 'resize', bytes: 8 * GiB }],
    ['on-insufficient fail → nothing', { 'ollama-model': 'qwen2.5:7b', 'on-insufficient': 'fail', resize: '14g' }, { kind: 'none' }]
  ])('%s', (_, inputs, decision) => {
    expect(decide(inputs)).toEqual(decision)
  })

  test('the size found really makes the plan fit once the VM reports 4 % less', () => {
    const inputs = { 'ollama-model': 'qwen2.5:7b', 'on-insufficient': 'resize' }
    const request = parsePlanRequest((name) => (inputs as Record<string, string>)[name] ?? '')
    expect(plan(machine(13), request).status).toBe('ok')
    expect(plan(machine(12), request).status).toBe('insufficient')
  })

  test('a size the VM already has → nothing', () => {
    expect(decide({ 'on-insufficient': 'resize', resize: '8g' }, 8)).toEqual({ kind: 'none' })
  })

  test('a plan no VM can satisfy says so instead of restarting Docker', () => {
    expect(decide({ containers: 'big=30g', 'on-insufficient': 'resize' })).toEqual({
      kind: 'impossible',
      why: "no VM size up to this machine's 24 GiB makes the plan fit (container big needs 30 GiB but Docker's engine has 3.84 GiB)"
    })
  })

  test.each(['lots', 'false', '-1g'])('resize %j is refused', (text) => {
    expect(() => parseResizeInput(text)).toThrow(InputError)
  })

  test.each(['0', '1.5', 'ten', '100000'])('timeout %j is refused', (text) => {
    expect(() => parseResizeTimeout(text, '--timeout')).toThrow(`--timeout "${text}" must be a whole number of seconds from 1 to 86400`)
  })

  test('resize: empty or auto (any case, any blanks) is auto; a size of at least 1 GiB is that size', () => {
    expect(parseResizeInput('')).toEqual({ kind: 'auto' })
    expect(parseResizeInput(' AUTO ')).toEqual({ kind: 'auto' })
    expect(parseResizeInput('1g')).toEqual({ kind: 'size', bytes: GiB })
    expect(parseResizeInput('12G')).toEqual({ kind: 'size', bytes: 12 * GiB })
  })

  test('resize: "no" and a size under 1 GiB say what to do instead', () => {
    expect(() => parseResizeInput('No')).toThrow(
      'resize "No": to never resize, leave on-insufficient at fail, warn or downgrade; resize takes auto or a size (12g)'
    )
    expect(() => parseResizeInput('1023m')).toThrow(
      'resize "1023m" is below 1 GiB, the least Docker\'s VM boots with; give the size the VM should have (12g) or auto'
    )
  })

  test('timeout: whole seconds from 1 to 86400, in milliseconds', () => {
    expect(parseResizeTimeout('1', 't')).toBe(1000)
    expect(parseResizeTimeout(' 86400\n', 't')).toBe(86_400_000)
    expect(() => parseResizeTimeout('86401', 't')).toThrow('t "86401" must be')
  })

  test('a size within 10 % above what the VM reports is had already; past that it is asked for', () => {
    // The VM reports 96 % of 8 GiB: 7.68 GiB. 8.5 GiB × 0.9 = 7.65 GiB is within; 8.6 GiB × 0.9 = 7.74 GiB is not.
    expect(decide({ 'on-insufficient': 'resize', resize: '8704m' }, 8)).toEqual({ kind: 'none' })
    expect(decide({ 'on-insufficient': 'resize', resize: '8806m' }, 8)).toEqual({ kind: 'resize', bytes: 8806 * 1024 * 1024 })
  })

  test('a machine whose engine is not answering is resized to what the plan requires of it', () => {
    const inputs: Record<string, string> = { containers: 'big=30g', 'on-insufficient': 'resize' }
    const request = parsePlanRequest((name) => inputs[name] ?? '')
    const m = { ...machine(4), docker: null }
    const first = plan(m, request)
    expect(first.status).toBe('insufficient')
    expect(first.requiredEngineBytes).toBeGreaterThanOrEqual(30 * GiB)
    expect(resizeWanted(m, request, first, { kind: 'auto' })).toEqual({ kind: 'resize', bytes: first.requiredEngineBytes })
  })
})

describe('the VM target and its checks, at their edges', () => {
  const GiB = 1024 ** 3
  const req = { physicalBytes: 16 * GiB, reserveBytes: 2 * GiB, unit: 'GiB' as const }

  test('exactly 1 GiB is allowed; under it (rounded up to whole MiB) is refused', () => {
    expect(resizeTarget({ ...req, requestedBytes: GiB }).targetBytes).toBe(GiB)
    expect(() => resizeTarget({ ...req, unit: 'MiB', requestedBytes: GiB - 1024 * 1024 })).toThrow(
      "Docker's VM cannot be given 1023 MiB: 1 GiB is the least it boots with"
    )
  })

  test('exactly the ceiling is allowed; one step over is refused, naming the limit that set it', () => {
    const { ceilingBytes } = resizeTarget({ ...req, requestedBytes: GiB })
    // 70 % of 16 GiB is 11.2 GiB, not a whole MiB: the largest target in MiB is the MiB under it.
    const top = Math.floor(ceilingBytes / (1024 * 1024)) * 1024 * 1024
    expect(resizeTarget({ ...req, unit: 'MiB', requestedBytes: top })).toEqual({ targetBytes: top, ceilingBytes })
    expect(() => resizeTarget({ ...req, unit: 'MiB', requestedBytes: top + 1 })).toThrow(/above the ceiling of 11.2 GiB \(70 % of this machine's 16 GiB\)/)
    // Where the share and the reserve give the same ceiling, the share is named.
    const even = { physicalBytes: 10 * GiB, reserveBytes: 10 * GiB - vmCeiling(10 * GiB, 0), unit: 'GiB' as const }
    expect(() => resizeTarget({ ...even, requestedBytes: 10 * GiB })).toThrow(/\d+ % of this machine's 10 GiB\)/)
  })

  test('memoryMatches: from 90 % to 101 % of the target, both ends included', () => {
    const t = 10 * GiB
    expect(memoryMatches(t * 0.9, t)).toBe(true)
    expect(memoryMatches(t * 0.9 - 1, t)).toBe(false)
    expect(memoryMatches(t * 1.01, t)).toBe(true)
    expect(memoryMatches(t * 1.01 + 1024, t)).toBe(false)
  })

  test('alreadyLargeEnough: 90 % of the target or more, however much more', () => {
    const t = 10 * GiB
    expect(alreadyLargeEnough(t * 0.9, t)).toBe(true)
    expect(alreadyLargeEnough(t * 0.9 - 1, t)).toBe(false)
    expect(alreadyLargeEnough(t * 3, t)).toBe(true)
  })
})

describe('Docker Desktop settings, at their edges', () => {
  test('a memory that is not a positive whole number of MiB is refused, naming the key and the value', () => {
    for (const bad of ['0', '-512', '1.5', '"8192"', 'null', 'true']) {
      expect(() => parseDesktopSettings(`{"MemoryMiB": ${bad}}`, 'store', 'settings-store.json')).toThrow(
        `settings-store.json: MemoryMiB is ${bad}, not a whole number of MiB; it was left untouched`
      )
    }
    expect(parseDesktopSettings('{"MemoryMiB": 1}', 'store', 'f')).toEqual({ memoryMiB: 1, wslEngineEnabled: null })
    expect(parseDesktopSettings('{"memoryMiB": 2048, "wslEngineEnabled": "yes"}', 'legacy', 'f')).toEqual({ memoryMiB: 2048, wslEngineEnabled: null })
  })

  test('a JSON value that is not an object is refused', () => {
    for (const text of ['[]', '8', 'null', '"x"']) {
      expect(() => parseDesktopSettings(text, 'store', 'f')).toThrow('f is not a JSON object; it was left untouched: fix or remove it, then retry')
    }
  })

  test('an added key takes the file’s own indentation and line ends: tabs, four spaces, CRLF', () => {
    expect(setDesktopMemory('{\n\t"A": 1\n}\n', 'store', 4096, 'f')).toBe('{\n\t"A": 1,\n\t"MemoryMiB": 4096\n}\n')
    expect(setDesktopMemory('{\n    "A": 1\n}\n', 'store', 4096, 'f')).toBe('{\n    "A": 1,\n    "MemoryMiB": 4096\n}\n')
    expect(setDesktopMemory('{\r\n  "A": 1\r\n}\r\n', 'legacy', 4096, 'f')).toBe('{\r\n  "A": 1,\r\n  "memoryMiB": 4096\r\n}\r\n')
  })

  test('memoryLock: a locked setting whose name mentions memory, at any depth; unlocked or other names are not', () => {
    expect(memoryLock('{"configurationFileVersion": 2, "vmMemory": {"locked": true, "value": 8192}}', 'admin')).toBe('vmMemory')
    expect(memoryLock('{"a": {"b": {"MemoryMiB": {"locked": true}}}}', 'admin')).toBe('MemoryMiB')
    expect(memoryLock('{"vmMemory": {"locked": false}, "cpus": {"locked": true}, "memo": true, "mem": null}', 'admin')).toBeNull()
  })
})
