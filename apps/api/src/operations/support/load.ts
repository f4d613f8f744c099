// A bounded load: `concurrency` clients, each sending its next request as soon as the last is
// answered, for `durationMs` (and on for `during.thenMs` after an action during it ends). Every
// answer is kept with when it was asked and answered.

export interface Answer {
  startedAt: number;
  endedAt: number;
  /** The HTTP status, or 0 when the connection failed. */
  status: number;
  retryAfter: string | null;
  /** What the request was for the caller's bookkeeping (e.g. an acknowledged write's id). */
  outcome: unknown;
}

export interface LoadOptions {
  concurrency: number;
  durationMs: number;
  /** One request; `client` and `sequence` let it vary what it sends. */
  request: (client: number, sequence: number) => Promise<Response>;
  /** Reads what the caller needs from a successful answer; its body is otherwise discarded. */
  read?: (response: Response) => Promise<unknown>;
  /** Called once, `atMs` after the load started (to kill an instance, stop the database …); the load goes on `thenMs` after it. */
  during?: { atMs: number; act: () => Promise<void> | void; thenMs?: number };
}

export async function runLoad(options: LoadOptions): Promise<Answer[]> {
  const answers: Answer[] = [];
  const start = Date.now();
  let deadline = start + options.durationMs;
  const client = async (index: number) => {
    for (let sequence = 0; Date.now() < deadline; sequence += 1) {
      const startedAt = Date.now();
      let answer: Answer;
      try {
        const response = await options.request(index, sequence);
        const outcome = response.ok && options.read ? await options.read(response) : await response.arrayBuffer().then(() => undefined);
        answer = { startedAt, endedAt: Date.now(), status: response.status, retryAfter: response.headers.get("retry-after"), outcome };
      } catch {
        answer = { startedAt, endedAt: Date.now(), status: 0, retryAfter: null, outcome: undefined };
      }
      answers.push(answer);
      // A refused request is asked again after a breath, as the web app does, not in a tight loop.
      if (answer.status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const during = options.during;
  const act = async () => {
    await during?.act();
    deadline = Math.max(deadline, Date.now() + (during?.thenMs ?? 0));
  };
  const action = during ? new Promise<void>((resolve, reject) => setTimeout(() => act().then(resolve, reject), during.atMs)) : Promise.resolve();
  await Promise.all([...Array.from({ length: options.concurrency }, (_, index) => client(index)), action]);
  return answers.sort((a, b) => a.startedAt - b.startedAt);
}

/** How many answers had each status, e.g. `{ 200: 4100, 503: 37 }`. */
export function statusCounts(answers: readonly Answer[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const answer of answers) counts[answer.status] = (counts[answer.status] ?? 0) + 1;
  return counts;
}
