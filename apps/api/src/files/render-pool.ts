import type { EventEmitter } from "node:events";
import { Worker } from "node:worker_threads";
import type { FileJob } from "@samspill/documents";
import { DomainError } from "@samspill/domain";
import type { RenderReply, RenderRequest } from "./render-worker.js";

// Word documents and workbooks are made in worker threads, so the event loop that answers
// everyone's pages never waits for one. The pool holds at most `size` threads, started when
// first needed and stopped after a while unused; it has no queue of its own: `FileLimits`
// hands out the turns (as many as there are threads) and keeps the waiting line. A thread that
// dies — out of its memory limit, or for any other reason — fails only its own file, with a
// reason the reader is told in their language, and the next file gets a fresh thread.

export interface RenderPoolOptions {
  /** Threads at most: the files made at the same time. */
  size: number;
  /** The V8 old-generation heap of one thread, in MB; past it the thread stops and its file fails. */
  memoryMb: number;
  /** An unused thread is stopped after this long, giving its memory back. */
  idleMs?: number;
  /** The module a thread runs; the renderer unless a test gives one that fails on purpose. */
  workerUrl?: URL;
  /** Told of every thread that died while making a file (the operator's log). */
  onThreadDied?: (error: unknown, kind: FileJob["kind"]) => void;
}

/**
 * A thread's events. A Worker is an EventEmitter, but the web app, which type-checks the API's
 * sources for the router's type without Node's types of its own, does not see its `on` and `off`.
 */
const eventsOf = (worker: Worker): EventEmitter => worker as unknown as EventEmitter;

const RENDER_WORKER = new URL("./render-worker.mjs", import.meta.url);
const IDLE_MS = 30_000;

interface Thread {
  worker: Worker;
  idleTimer?: NodeJS.Timeout;
}

/** Why a file could not be made when its thread died: out of memory, or anything else. */
function threadDied(cause: unknown, memoryMb: number): DomainError {
  const outOfMemory = (cause as { code?: unknown } | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY";
  return outOfMemory
    ? new DomainError("INVALID_STATE", { reason: "file_out_of_memory", params: { memoryMb }, cause })
    : new DomainError("INVALID_STATE", { reason: "file_failed", cause });
}

/** The renderer threw for this file; its thread is fine and goes on to the next one. */
class RenderFailed extends Error {}

export class RenderPool {
  private readonly idle: Thread[] = [];
  private busy = 0;
  private closed = false;

  constructor(private readonly options: RenderPoolOptions) {}

  /** The bytes of one file, made in a thread of its own. */
  async render(job: FileJob): Promise<Uint8Array> {
    if (this.closed) throw new Error("The render pool is closed");
    const thread = this.take();
    this.busy += 1;
    try {
      const bytes = await this.run(thread, job);
      this.giveBack(thread);
      return bytes;
    } catch (error) {
      if (error instanceof RenderFailed) this.giveBack(thread);
      else void thread.worker.terminate();
      throw error;
    } finally {
      this.busy -= 1;
    }
  }

  /** Threads running now (busy or idle), for tests and the log. */
  get threads(): number {
    return this.busy + this.idle.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    const threads = this.idle.splice(0);
    await Promise.all(threads.map((thread) => {
      clearTimeout(thread.idleTimer);
      return thread.worker.terminate();
    }));
  }

  private take(): Thread {
    const idle = this.idle.pop();
    if (idle) {
      clearTimeout(idle.idleTimer);
      return idle;
    }
    if (this.busy >= this.options.size) {
      throw new Error(`All ${this.options.size} render threads are busy: files must be made in a FileLimits turn`);
    }
    const worker = new Worker(this.options.workerUrl ?? RENDER_WORKER, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
    });
    // An idle thread must not keep the process alive; a busy one is awaited by its request.
    worker.unref();
    const thread: Thread = { worker };
    // Between files nothing listens for the thread's end: one that ends then is just forgotten.
    eventsOf(worker).on("error", () => undefined).on("exit", () => this.forget(thread));
    return thread;
  }

  private forget(thread: Thread): void {
    clearTimeout(thread.idleTimer);
    const index = this.idle.indexOf(thread);
    if (index >= 0) this.idle.splice(index, 1);
  }

  private giveBack(thread: Thread): void {
    if (this.closed) {
      void thread.worker.terminate();
      return;
    }
    thread.idleTimer = setTimeout(() => void thread.worker.terminate(), this.options.idleMs ?? IDLE_MS).unref();
    this.idle.push(thread);
  }

  private run({ worker }: Thread, job: FileJob): Promise<Uint8Array> {
    const { memoryMb } = this.options;
    const events = eventsOf(worker);
    return new Promise<Uint8Array>((resolve, reject) => {
      const settle = () => {
        events.off("message", onMessage).off("error", onError).off("exit", onExit);
      };
      const onMessage = (reply: RenderReply) => {
        settle();
        if (reply.ok) resolve(new Uint8Array(reply.bytes));
        else reject(new RenderFailed(`Rendering a ${job.kind} file failed: ${reply.message}`));
      };
      const died = (error: unknown) => {
        settle();
        this.options.onThreadDied?.(error, job.kind);
        reject(threadDied(error, memoryMb));
      };
      const onError = (error: unknown) => died(error);
      const onExit = (code: number) => died(new Error(`The render thread exited with code ${code}`));
      events.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage({ job } satisfies RenderRequest);
    });
  }
}
