package org.reportcycle.security;

import java.util.Set;

/**
 * A credential that narrows what its holder may reach to some units (an API token issued for a unit or a
 * sub-tree). {@link CurrentUserService} applies it: the caller keeps their own roles in those units only,
 * reads those units, and is no administrator while narrowed.
 */
public interface UnitRestricted {

    /** The units the credential may reach; empty: no narrowing. */
    Set<Long> unitIds();
}
