import { describe, expect, it } from 'vitest';
import {
  identifiersWords,
  identifierWords,
  isConstant,
  normalizedQueryWord,
  markRepeatedWords,
  type NameWord,
} from './search-words.ts';

describe('search words', () => {
  it('write a constant as Pagefind normalizes a query: lower case, punctuation dropped, `_` kept', () => {
    expect(normalizedQueryWord('codes.Canceled')).toBe('codescanceled');
    expect(normalizedQueryWord('grpc::StatusCode::CANCELLED')).toBe('grpcstatuscodecancelled');
    expect(normalizedQueryWord('HTTPStatus.IM_A_TEAPOT')).toBe('httpstatusim_a_teapot');
  });

  it('index a constant whole and after each separator, down to the member alone', () => {
    expect(identifierWords('grpc.StatusCode.CANCELLED')).toEqual([
      'grpcstatuscodecancelled',
      'statuscodecancelled',
      'cancelled',
    ]);
    expect(identifierWords('grpc::StatusCode::CANCELLED')).toEqual(
      identifierWords('grpc.StatusCode.CANCELLED'),
    );
    expect(identifierWords('discordgo.ErrCodeUnknownGuild')).toEqual([
      'discordgoerrcodeunknownguild',
      'errcodeunknownguild',
    ]);
    expect(identifierWords('Code::Cancelled')).toEqual(['codecancelled', 'cancelled']);
  });

  it('tell a name written as a constant from words', () => {
    for (const c of ['CLOSE_ABNORMAL', 'too_many_pings', 'codes.Canceled', 'grpc::StatusCode::OK']) {
      expect(isConstant(c), c).toBe(true);
    }
    for (const w of [
      'Abnormal Closure',
      'GOAWAY NO_ERROR',
      'HTTP/1.1',
      '0x07',
      'UTF-8',
      'heartbeat',
      'NOT_FOUND ',
    ]) {
      expect(isConstant(w), w).toBe(false);
    }
  });

  it('index words shared by several libraries once', () => {
    expect(identifiersWords(['Status.Code.CANCELLED', 'status.CANCELLED', 'Code::Cancelled'])).toEqual([
      'statuscodecancelled',
      'codecancelled',
      'cancelled',
      'statuscancelled',
    ]);
  });

  const marked = (names: NameWord[][]) =>
    names.map((name) => name.map((w) => (w.repeated ? `(${w.word})` : w.word)).join(' '));

  it('mark each word of an entry’s names after the first name that has it, names kept whole', () => {
    expect(marked(markRepeatedWords(['Heartbeat ACK', 'heartbeat acknowledgement']))).toEqual([
      'Heartbeat ACK',
      '(heartbeat) acknowledgement',
    ]);
    expect(marked(markRepeatedWords(['sesión inválida', 'Sesion no valida', 'Invalid Session']))).toEqual([
      'sesión inválida',
      '(Sesion) no valida',
      'Invalid Session',
    ]);
  });

  it('leave out a name whose every word an earlier name has', () => {
    expect(marked(markRepeatedWords(['NOT_FOUND', 'NOT FOUND', 'not found']))).toEqual([
      'NOT_FOUND',
      'NOT FOUND',
    ]);
  });

  it('carry the words seen in one list over to the next', () => {
    const seen = new Set<string>();
    expect(marked(markRepeatedWords(['Heartbeat', 'latido'], seen))).toEqual(['Heartbeat', 'latido']);
    expect(marked(markRepeatedWords(['Heartbeat', 'Heartbeat ACK'], seen))).toEqual(['(Heartbeat) ACK']);
  });
});
