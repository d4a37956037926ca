import { describe, expect, it } from 'vitest';
import {
  auditWithUnheldPaint,
  firstPaintHeld,
  heldPaintAfterLoadMs,
  heldPaintReruns,
  type ObservedLoad,
} from '../../bench/lib/held-paint.ts';

const observed = (firstContentfulPaintMs: number, loadEventMs: number): ObservedLoad => ({
  firstContentfulPaintMs,
  loadEventMs,
});

describe('firstPaintHeld', () => {
  it('is false when the page painted before its load event, as static pages do', () => {
    expect(firstPaintHeld(observed(226, 568))).toBe(false);
  });

  it('is false when the paint came shortly after the load event', () => {
    expect(firstPaintHeld(observed(316, 263))).toBe(false);
    expect(firstPaintHeld(observed(391 + heldPaintAfterLoadMs - 1, 391))).toBe(false);
  });

  it('is true when the paint came half a second or more after the load event', () => {
    // A run recorded here: loaded at 391 ms, idle, painted at 1,232 ms.
    expect(firstPaintHeld(observed(1232, 391))).toBe(true);
    expect(firstPaintHeld(observed(391 + heldPaintAfterLoadMs, 391))).toBe(true);
  });

  it('is false when Lighthouse reported no timings', () => {
    expect(firstPaintHeld(observed(Number.NaN, Number.NaN))).toBe(false);
  });
});

describe('auditWithUnheldPaint', () => {
  /** An audit that returns the given runs in turn and counts its calls. */
  function scripted(paints: readonly ObservedLoad[]) {
    let calls = 0;
    const audit = async () => ({ id: calls, observed: paints[calls++]! });
    return { audit, calls: () => calls };
  }

  it('runs once when the paint was not held', async () => {
    const s = scripted([observed(200, 400)]);
    expect(await auditWithUnheldPaint(s.audit)).toEqual({
      run: { id: 0, observed: observed(200, 400) },
      setAside: 0,
    });
    expect(s.calls()).toBe(1);
  });

  it('runs again after a held paint and keeps the first run that was not held', async () => {
    const s = scripted([observed(1240, 350), observed(210, 380), observed(205, 390)]);
    const { run, setAside } = await auditWithUnheldPaint(s.audit);
    expect(run.id).toBe(1);
    expect(setAside).toBe(1);
    expect(s.calls()).toBe(2);
  });

  it(`stops after ${heldPaintReruns} more runs and keeps the last, held or not`, async () => {
    const s = scripted(Array.from({ length: 10 }, () => observed(2250, 380)));
    const { run, setAside } = await auditWithUnheldPaint(s.audit);
    expect(s.calls()).toBe(heldPaintReruns + 1);
    expect(run.id).toBe(heldPaintReruns);
    expect(setAside).toBe(heldPaintReruns);
  });
});
