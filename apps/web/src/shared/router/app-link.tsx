import { Link, type LinkProps } from "@digdir/designsystemet-react";
import type { MouseEvent } from "react";
import { navigate } from "./navigation";

type AppLinkProps = LinkProps & { href: string };

/** A Designsystemet link that navigates inside the app, leaving new-tab clicks to the browser. */
export function AppLink({ href, onClick, ...props }: AppLinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (props.target && props.target !== "_self") return;
    event.preventDefault();
    navigate(href);
  }
  return <Link href={href} onClick={handleClick} {...props} />;
}
