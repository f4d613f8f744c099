import compress from "@fastify/compress";
import type { FastifyInstance } from "fastify";

// JSON answers (tRPC and the public API) of a kilobyte or more go out brotli or gzip, as the
// client accepts; smaller ones are not worth the work. Only JSON: the web app's files come
// precompressed from the build (`web.ts`), and generated Word and Excel files are zip archives
// already, so compressing them again would only cost time.

export const COMPRESS_FROM_BYTES = 1024;
const JSON_CONTENT = /^application\/json(?:;|$)/;

export async function registerCompression(app: FastifyInstance): Promise<void> {
  // tRPC answers with a Fetch Response, whose body is a stream of unknown length, so the
  // threshold could not apply; its JSON is in memory already, so read it out here — as the UTF-8
  // bytes it already is: reading it as text would decode it only for the socket to encode it
  // again (a programme of 900 measures is 340 KB of JSON).
  app.addHook("onSend", async (_request, reply, payload) => {
    if (!(payload instanceof Response)) return payload;
    reply.code(payload.status);
    for (const [name, value] of payload.headers) reply.header(name, value);
    return Buffer.from(await payload.arrayBuffer());
  });
  await app.register(compress, {
    encodings: ["br", "gzip"],
    threshold: COMPRESS_FROM_BYTES,
    customTypes: JSON_CONTENT,
    // Request bodies are small JSON; a compressed one is refused rather than inflated.
    globalDecompression: false,
  });
}
