// Feature namespaces: one file each, with all four languages. Add a line per new namespace.
export const featureNamespaces = {
};
