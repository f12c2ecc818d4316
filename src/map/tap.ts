// One "the reader chose this point" event for mouse clicks and finger taps alike.
//
// Why not MapLibre's `click` alone: on touch screens it relies on the click the browser
// synthesises after a tap, and Chromium 150 (what Debian served a fresh machine in 2026-12)
// does not always synthesise it inside a sandboxed cross-origin iframe (origin null), which is
// exactly how newsrooms embed the map: touchstart/touchend reach the canvas, no click follows
// (see test/browser/embed.test.ts). Chromium 156 does. So a tap is recognised from the touch
// events themselves, and the browser's compatibility click for that same tap, when it does
// come, is not counted twice.
import type { Map as MapLibreMap, MapMouseEvent, MapTouchEvent, Point } from 'maplibre-gl';

/** How far a finger may move and still tap, in CSS pixels (a pan starts beyond it). */
export const TAP_SLOP_PX = 10;
/** Longer than this is a press, not a tap. */
export const TAP_MAX_MS = 500;
/** A click this soon after a touch tap, this close to it, is that tap's compatibility click. */
const COMPAT_CLICK_MS = 1_000;
const COMPAT_CLICK_PX = 30;

export interface Choice {
  point: Point;
  lngLat: { lng: number; lat: number };
}

interface Touch {
  point: Point;
  time: number;
}

/** Calls `choose` once per click or tap on the map; returns a function that stops listening. */
export function onChoose(map: MapLibreMap, choose: (choice: Choice) => void): () => void {
  let start: Touch | undefined;
  let lastTap: Touch | undefined;

  const touchStart = (e: MapTouchEvent) => {
    start = e.originalEvent.touches.length === 1 ? { point: e.point, time: e.originalEvent.timeStamp } : undefined;
  };
  const touchMove = (e: MapTouchEvent) => {
    if (start && (e.originalEvent.touches.length !== 1 || e.point.dist(start.point) > TAP_SLOP_PX)) start = undefined;
  };
  const touchEnd = (e: MapTouchEvent) => {
    const began = start;
    start = undefined;
    if (!began || e.originalEvent.touches.length !== 0) return;
    if (e.point.dist(began.point) > TAP_SLOP_PX || e.originalEvent.timeStamp - began.time > TAP_MAX_MS) return;
    lastTap = { point: e.point, time: e.originalEvent.timeStamp };
    // No compatibility click for this tap: it would land on whatever the choice opens under the
    // finger (the embed's site card, its close button). The check in `click` stays as a backstop.
    if (e.originalEvent.cancelable) e.originalEvent.preventDefault();
    choose({ point: e.point, lngLat: e.lngLat });
  };
  const cancel = () => (start = undefined);
  const click = (e: MapMouseEvent) => {
    const tap = lastTap;
    if (tap && e.originalEvent.timeStamp - tap.time < COMPAT_CLICK_MS && e.point.dist(tap.point) <= COMPAT_CLICK_PX) {
      lastTap = undefined;
      return;
    }
    choose({ point: e.point, lngLat: e.lngLat });
  };

  map.on('touchstart', touchStart);
  map.on('touchmove', touchMove);
  map.on('touchend', touchEnd);
  map.on('touchcancel', cancel);
  map.on('click', click);
  return () => {
    map.off('touchstart', touchStart);
    map.off('touchmove', touchMove);
    map.off('touchend', touchEnd);
    map.off('touchcancel', cancel);
    map.off('click', click);
  };
}
