/** The five UN regional groups, in display order (the values of `MemberState.group`, besides "" for none). */
export const REGIONAL_GROUPS = Object.freeze(["African", "Asia-Pacific", "Eastern European", "Latin American and Caribbean", "Western European and Others"] as const);

/** A UN regional group, as in `MemberState.group`. */
export type RegionalGroup = (typeof REGIONAL_GROUPS)[number];
