import { Suspense } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { lazyNamed } from "./lazy-named";

function Greeting({ name }: { name: string }) {
  return <p>Hei, {name}</p>;
}

describe("lazyNamed", () => {
  it("fetches the code once, however often it is preloaded and rendered", async () => {
    const load = vi.fn(async () => ({ Greeting }));
    const Lazy = lazyNamed(load, "Greeting");
    expect(await Lazy.preload()).toBe(Greeting);
    await Lazy.preload();
    renderToString(<Lazy name="Kari" />);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("renders a preloaded component at once, without its fallback", async () => {
    const Lazy = lazyNamed(async () => ({ Greeting }), "Greeting");
    await Lazy.preload();
    const html = renderToString(
      <Suspense fallback={<p>Laster</p>}>
        <Lazy name="Kari" />
      </Suspense>,
    );
    expect(html).toContain("Hei, <!-- -->Kari");
    expect(html).not.toContain("Laster");
  });

  it("shows the fallback while the code has not arrived", () => {
    const Lazy = lazyNamed(() => new Promise<{ Greeting: typeof Greeting }>(() => undefined), "Greeting");
    const html = renderToString(
      <Suspense fallback={<p>Laster</p>}>
        <Lazy name="Kari" />
      </Suspense>,
    );
    expect(html).toContain("Laster");
  });
});
