import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Debian's nginx as the reverse proxy in front of the instances, with everything it writes (pid,
// logs, temporary files) in a folder of its own, so no root-owned path is needed or touched.

export interface Proxy {
  url: string;
  /** nginx's error log so far: where it says it gave up on an upstream. */
  errors: () => string;
  /** Each request so far as nginx logged it: the upstreams it tried, their statuses, and the answer's. */
  requests: () => string[];
  stop: () => Promise<void>;
}

/** The configuration README's "two instances" snippet describes, for `upstreams` on this machine. */
export function nginxConfig(folder: string, port: number, upstreams: readonly number[]): string {
  const servers = upstreams.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=1 fail_timeout=10s;`).join("\n");
  return `worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log warn;
events { worker_connections 512; }
http {
  log_format upstreams '$upstream_addr $upstream_status $status';
  access_log ${folder}/access.log upstreams;
  client_body_temp_path ${folder}/client_body;
  proxy_temp_path ${folder}/proxy;
  fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi;
  scgi_temp_path ${folder}/scgi;
  upstream samspill {
${servers}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://samspill;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
    }
  }
}
`;
}

export async function startNginx(port: number, upstreams: readonly number[]): Promise<Proxy> {
  const folder = mkdtempSync(path.join(tmpdir(), "samspill-nginx-"));
  // Run as root, nginx's workers drop to an unprivileged user, who must reach the folder.
  chmodSync(folder, 0o755);
  const config = path.join(folder, "nginx.conf");
  writeFileSync(config, nginxConfig(folder, port, upstreams));
  const child = spawn("nginx", ["-p", folder, "-e", path.join(folder, "error.log"), "-c", config, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx stopped: ${stderr}`);
    if (await fetch(`${url}/api/health/live`).then(() => true, () => false)) break;
    if (attempt > 40) throw new Error(`nginx did not listen on ${port}: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    errors: () => readFileSync(path.join(folder, "error.log"), "utf8"),
    requests: () => readFileSync(path.join(folder, "access.log"), "utf8").split("\n").filter(Boolean),
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGQUIT");
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
