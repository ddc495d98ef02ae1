/**
 * The error classes code tells apart (src/core/errors.ts): each has its own name (what a stack
 * or a log shows) and what it carries; messageForUser shows alone only those written for a
 * person, and nothing for a fault nobody foresaw.
 */
import { describe, expect, test } from '@jest/globals'
import { EngineError, FileError, HistoryFormatError, InputError, messageForUser } from '../../src/core/errors.js'

describe('the error classes', () => {
  test('each names itself and keeps its message and what it carries', () => {
    const input = new InputError('memory: "4t" is not a size')
    expect([input.name, input.message, input instanceof Error]).toEqual(['InputError', 'memory: "4t" is not a size', true])
    const file = new FileError('cannot read /x: missing', 'ENOENT')
    expect([file.name, file.message, file.code]).toEqual(['FileError', 'cannot read /x: missing', 'ENOENT'])
    expect(new FileError('held').code).toBeUndefined()
    const engine = new EngineError('docker is not answering')
    expect([engine.name, engine.message]).toEqual(['EngineError', 'docker is not answering'])
    const history = new HistoryFormatError('written by a later version', 'newer')
    expect([history.name, history.message, history.kind]).toEqual(['HistoryFormatError', 'written by a later version', 'newer'])
    expect(String(new InputError('x'))).toBe('InputError: x')
  })

  test('messageForUser: the message of each error written for a person, null for any other', () => {
    expect(messageForUser(new InputError('bad input'))).toBe('bad input')
    expect(messageForUser(new FileError('bad file', 'EACCES'))).toBe('bad file')
    expect(messageForUser(new EngineError('no engine'))).toBe('no engine')
    expect(messageForUser(new HistoryFormatError('corrupt', 'corrupt'))).toBeNull()
    expect(messageForUser(new TypeError('x is undefined'))).toBeNull()
    expect(messageForUser('a string')).toBeNull()
    expect(messageForUser(null)).toBeNull()
  })
})
