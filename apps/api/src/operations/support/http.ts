// The API as a browser reaches it, over real HTTP: tRPC queries as GET, mutations as same-site
// JSON POSTs, the session in a cookie.

export async function trpcGet(base: string, path: string, input: unknown, cookie?: string): Promise<Response> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return fetch(`${base}/api/trpc/${path}${query}`, { headers: cookie ? { cookie } : {} });
}

export async function trpcPost(base: string, path: string, input: unknown, cookie?: string): Promise<Response> {
  return fetch(`${base}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "sec-fetch-site": "same-origin", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(input),
  });
}

/** Signs in and answers the session cookie as a request header carries it. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const response = await trpcPost(base, "auth.signIn", { email, password });
  if (response.status !== 200) throw new Error(`sign-in through ${base} answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers.getSetCookie()[0]?.split(";")[0];
  if (!cookie) throw new Error("sign-in set no cookie");
  return cookie;
}

/** The data of a successful tRPC answer. */
export async function trpcData<T>(response: Response): Promise<T> {
  const body = (await response.json()) as { result?: { data: T } };
  if (!body.result) throw new Error(`no result: ${JSON.stringify(body)}`);
  return body.result.data;
}
