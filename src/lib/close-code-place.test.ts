import { describe, expect, it } from 'vitest';
import { closeCodePlace } from './close-code-place.ts';
import { closeCodeRanges, webSocketCloseCodes } from '../../content/websocket/close-codes.ts';

const privateUse = closeCodeRanges.find((r) => r.use === 'private')!;

describe('where a close code is explained on the WebSocket page', () => {
  it('a Discord code (4004) in the private-use range row', () => {
    expect(closeCodePlace(4004, webSocketCloseCodes, closeCodeRanges)).toEqual({ range: privateUse });
    expect(closeCodePlace(4000, webSocketCloseCodes, closeCodeRanges)).toEqual({ range: privateUse });
    expect(closeCodePlace(4999, webSocketCloseCodes, closeCodeRanges)).toEqual({ range: privateUse });
  });

  it('a registered code (1000, 1006) in its own entry, not in the range row', () => {
    expect(closeCodePlace(1000, webSocketCloseCodes, closeCodeRanges)).toEqual({ entry: 1000 });
    expect(closeCodePlace(1006, webSocketCloseCodes, closeCodeRanges)).toEqual({ entry: 1006 });
  });

  it('an unassigned protocol code (2000) in its range row', () => {
    expect(closeCodePlace(2000, webSocketCloseCodes, closeCodeRanges)).toMatchObject({
      range: { use: 'protocol' },
    });
  });

  it('nothing for a number outside every range', () => {
    expect(closeCodePlace(70_000, webSocketCloseCodes, closeCodeRanges)).toBeUndefined();
  });
});
