import { afterEach, describe, expect, it } from "vitest";
import { keepUserLanguageHint, readUserLanguageHint } from "./language-storage";

// The tests run in Node: a window with a storage of its own stands in for the browser's.
function withStorage(storage: Pick<Storage, "getItem" | "setItem" | "removeItem">): void {
  Object.assign(globalThis, { window: { localStorage: storage } });
}

function memoryStorage(): Pick<Storage, "getItem" | "setItem" | "removeItem"> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, "window");
});

describe("the hint of the last signed-in user's language", () => {
  it("is kept for the next visit and cleared when a visit finds nobody signed in", () => {
    withStorage(memoryStorage());
    expect(readUserLanguageHint()).toBeUndefined();
    keepUserLanguageHint("nn");
    expect(readUserLanguageHint()).toBe("nn");
    keepUserLanguageHint(undefined);
    expect(readUserLanguageHint()).toBeUndefined();
  });

  it("ignores what is not a language of the portal", () => {
    const storage = memoryStorage();
    storage.setItem("samspill.userLanguageHint", "de");
    withStorage(storage);
    expect(readUserLanguageHint()).toBeUndefined();
  });

  it("is simply not there when the browser refuses storage", () => {
    const refused = () => {
      throw new Error("SecurityError");
    };
    withStorage({ getItem: refused, setItem: refused, removeItem: refused });
    expect(() => keepUserLanguageHint("sv")).not.toThrow();
    expect(readUserLanguageHint()).toBeUndefined();
  });
});
