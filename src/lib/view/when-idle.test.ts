import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

describe('whenIdle', () => {
	/** The idle callbacks asked for, run by the test when it makes the page idle. */
	let idle: (() => void)[];
	beforeEach(() => {
		idle = [];
		vi.useFakeTimers();
		vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
		vi.stubGlobal('cancelIdleCallback', () => {});
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('runs the work as soon as the page is idle, and once only', () => {
		const work = vi.fn();
		whenIdle(work);
		expect(work).not.toHaveBeenCalled();
		idle.forEach((run) => run());
		expect(work).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(1000);
		expect(work).toHaveBeenCalledTimes(1);
	});

	it('runs it after `within` ms on a page that is never idle', () => {
		const work = vi.fn();
		whenIdle(work, 300);
		vi.advanceTimersByTime(299);
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(work).toHaveBeenCalledTimes(1);
		idle.forEach((run) => run());
		expect(work).toHaveBeenCalledTimes(1);
	});

	it('never runs work that was cancelled', () => {
		const work = vi.fn();
		whenIdle(work)();
		idle.forEach((run) => run());
		vi.advanceTimersByTime(1000);
		expect(work).not.toHaveBeenCalled();
	});

	it('without requestIdleCallback (Safari), runs it just after the next frame', () => {
		const frames: (() => void)[] = [];
		vi.stubGlobal('requestIdleCallback', undefined);
		vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
		vi.stubGlobal('cancelAnimationFrame', () => {});
		const work = vi.fn();
		whenIdle(work, 1000);
		frames.forEach((run) => run());
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(0);
		expect(work).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(1000);
		expect(work).toHaveBeenCalledTimes(1);
	});
});
