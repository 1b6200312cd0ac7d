package nl.naober.kernel;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The realm roles of Naober (PRODUCT.md, "Who uses it"), with their code as used in tokens. */
public enum Role {
    PLATFORM_ADMIN("platform-admin", "platformbeheerder"),
    MUNICIPAL_ADMIN("municipal-admin", "gemeentelijk beheerder"),
    SUPPORTER("supporter", "dorpsondersteuner"),
    SOUNDING_BOARD("sounding-board", "klankbordgroep-lid"),
    WMO_CONSULTANT("wmo-consultant", "Wmo-consulent"),
    POLICY_OFFICER("policy-officer", "beleidsmedewerker"),
    PRIVACY_OFFICER("privacy-officer", "privacyfunctionaris");

    private final String code;
    private final String dutchName;

    Role(String code, String dutchName) {
        this.code = code;
        this.dutchName = dutchName;
    }

    public String code() {
        return code;
    }

    public String dutchName() {
        return dutchName;
    }

    /** The roles of a municipality's own colleagues: every role but the platform administrator. */
    public static Set<Role> municipal() {
        return EnumSet.complementOf(EnumSet.of(PLATFORM_ADMIN));
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
