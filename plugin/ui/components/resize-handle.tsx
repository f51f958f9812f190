import type { RpcClient } from "../../../shared/protocol/rpc.js";

const clamp = (v: number) => Math.max(240, Math.min(1200, Math.round(v)));

/** Bottom-right corner grip: drag to resize the plugin window (`resize-ui`, 240–1200 px). */
export function ResizeHandle({ rpc }: { rpc: RpcClient }) {
  const onPointerDown = (down: PointerEvent) => {
    const el = down.currentTarget as HTMLElement;
    el.setPointerCapture(down.pointerId);
    const start = { x: down.screenX, y: down.screenY, w: window.innerWidth, h: window.innerHeight };
    let frame = 0;
    const move = (e: PointerEvent) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        rpc.callAsync("resize-ui", { width: clamp(start.w + e.screenX - start.x), height: clamp(start.h + e.screenY - start.y) }).catch(() => undefined);
      });
    };
    const up = () => {
      el.removeEventListener("pointermove", move);
      el.removeEventListener("pointerup", up);
    };
    el.addEventListener("pointermove", move);
    el.addEventListener("pointerup", up);
  };
  return (
    <div class="resize-handle" aria-hidden="true" onPointerDown={onPointerDown} title="Drag to resize">
      <svg width="10" height="10" viewBox="0 0 10 10">
        <path d="M9 1L1 9M9 5L5 9" stroke="currentColor" stroke-width="1" />
      </svg>
    </div>
  );
}
