// A render thread that dies on its first file, as one killed by the system would: for the
// render pool's test that a dead thread fails only its own file.
import process from "node:process";
import { parentPort } from "node:worker_threads";

parentPort?.on("message", () => process.exit(3));
