package dk.samspil.platform.security;

import java.util.EnumSet;
import java.util.Set;

/** The roles a token's {@code roles} claim can hold; what each may do is each service's {@link AccessRules}. */
public enum Role {
    SSP_CONSULTANT,
    SSP_LEADER_GROUP,
    SSP_SECRETARIAT,
    DPO,
    LOCAL_COUNCIL_MEMBER,
    DISTRICT_COUNCIL_MEMBER,
    DISTRICT_SECRETARIAT,
    NATIONAL_SECRETARIAT,
    NATIONAL_BOARD,
    ANALYST,
    AUDITOR,
    OPERATOR;

    /** Everyone who works with a municipality's SSP content (not its DPO). */
    public static final Set<Role> MUNICIPAL_STAFF = EnumSet.of(SSP_CONSULTANT, SSP_LEADER_GROUP, SSP_SECRETARIAT);
    public static final Set<Role> DISTRICT_COUNCIL = EnumSet.of(DISTRICT_COUNCIL_MEMBER, DISTRICT_SECRETARIAT);
    public static final Set<Role> NATIONAL = EnumSet.of(NATIONAL_SECRETARIAT, NATIONAL_BOARD);

    @SafeVarargs
    public static Set<Role> union(Set<Role>... groups) {
        EnumSet<Role> union = EnumSet.noneOf(Role.class);
        for (Set<Role> group : groups) {
            union.addAll(group);
        }
        return union;
    }
}
