import Fastify from "fastify";
import pg from "pg";

// The baseline: a plain Fastify server answering one indexed row from the same database, the
// most any endpoint on this stack could do. Started by the benchmark on the Node.js under test.
// `/rows/:id?n=N` reads the same row N times in turn: the most a read of N statements could do.

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });
app.get<{ Params: { id: string } }>("/row/:id", async (request) => {
  const { rows } = await pool.query("SELECT id, name, kind, country FROM organisation WHERE id = $1", [request.params.id]);
  return rows[0] ?? null;
});
app.get<{ Params: { id: string }; Querystring: { n?: string } }>("/rows/:id", async (request) => {
  const times = Math.min(Math.max(Number(request.query.n) || 1, 1), 50);
  let row: unknown = null;
  for (let i = 0; i < times; i++) row = (await pool.query("SELECT id, name, kind, country FROM organisation WHERE id = $1", [request.params.id])).rows[0];
  return row ?? null;
});
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
process.stdout.write("ready\n");
process.once("SIGTERM", () => void app.close().then(() => pool.end()).then(() => process.exit(0)));
