import { describe, expect, it } from 'vitest';
import { matchesFilter, urlWithFilter } from './glance-filters.ts';

describe('glance filters', () => {
  it('match an element whose data-filter lists the id, and every element when no filter is on', () => {
    expect(matchesFilter('no-reconnect client-only', 'client-only')).toBe(true);
    expect(matchesFilter('no-reconnect', 'client')).toBe(false);
    expect(matchesFilter(undefined, 'no-reconnect')).toBe(false);
    expect(matchesFilter(undefined, '')).toBe(true);
  });

  it('put the filter in the URL next to other parameters and the #anchor, and take it out again', () => {
    const base = 'https://example.org/discord/gateway-close-codes/?lang=x#4004';
    const on = urlWithFilter(base, 'no-reconnect');
    expect(on).toBe('https://example.org/discord/gateway-close-codes/?lang=x&filter=no-reconnect#4004');
    expect(urlWithFilter(on, '')).toBe(base);
    expect(urlWithFilter('https://example.org/grpc/status-codes/', '')).toBe(
      'https://example.org/grpc/status-codes/',
    );
  });
});
