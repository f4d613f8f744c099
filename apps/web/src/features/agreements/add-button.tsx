import { Button } from "@digdir/designsystemet-react";
import { useRef } from "react";
import { useFocusReturn } from "../../shared/ui/focus";

/** The "Add …" button of a part of the agreement; focus comes back to it when its form closes. */
export function AddButton({ label, open, onOpen }: { label: string; open: boolean; onOpen: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useFocusReturn(open, button);
  if (open) return null;
  return (
    <div>
      <Button ref={button} type="button" variant="secondary" onClick={onOpen}>
        {label}
      </Button>
    </div>
  );
}
