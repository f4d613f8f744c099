import { useNavigation } from "../home/use-navigation";

export interface CouncilChoice {
  id: string;
  name: string;
}

/**
 * The councils whose work the signed-in user follows, with their names, as the server tells
 * them: their own council for the secretariat and members, the councils they belong to or
 * oversee for contributors and the county (and a municipality that runs its own programme).
 */
export function useMyCouncils(): { councils: CouncilChoice[]; isPending: boolean } {
  const navigation = useNavigation();
  if (navigation.isPending) return { councils: [], isPending: true };
  return { councils: navigation.councils.map(({ id, name }) => ({ id, name })), isPending: false };
}
