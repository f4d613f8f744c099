import { parentPort } from "node:worker_threads";
import { renderFile, type FileJob } from "@samspill/documents";

// One render thread: takes a job, answers its bytes (the buffer moved, not copied) or the
// error's message. A job is plain data, so nothing here reads the database or decides who may
// see what — that was done on the main thread before the job was sent.

export interface RenderRequest {
  job: FileJob;
}

export type RenderReply = { ok: true; bytes: ArrayBuffer } | { ok: false; message: string };

/** The bytes in an ArrayBuffer of their own: a small Buffer is a slice of a shared pool that cannot be moved. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
}

const port = parentPort;
if (!port) throw new Error("render-worker.ts runs as a worker thread");

port.on("message", ({ job }: RenderRequest) => {
  renderFile(job).then(
    (bytes) => {
      const buffer = ownBuffer(bytes);
      port.postMessage({ ok: true, bytes: buffer } satisfies RenderReply, [buffer]);
    },
    (error: unknown) => port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies RenderReply),
  );
});
