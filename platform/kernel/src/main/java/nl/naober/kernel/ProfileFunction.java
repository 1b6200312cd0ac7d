package nl.naober.kernel;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The functions F1–F18 of the dorpsondersteuner job profile (seed/functieprofiel-dorpsondersteuner),
 * with the Dutch wording of the profile and an English rendering. A village's function profile is
 * a subset of these; hours are registered against them.
 */
public enum ProfileFunction {
    F1(MainFunction.A, "is bekend en herkenbaar als ondersteuner",
            "is known and recognisable as a supporter"),
    F2(MainFunction.A, "spreekt en verstaat dezelfde taal/dialect",
            "speaks and understands the same language/dialect"),
    F3(MainFunction.A, "gedraagt zich zoals een vertrouwenspersoon dat hoort te doen",
            "behaves as a confidant should"),
    F4(MainFunction.A, "weet ook waarmee zij zich niet moet bemoeien",
            "knows what not to meddle with"),
    F5(MainFunction.A, "is laagdrempelig en goed bereikbaar",
            "is low-threshold and easy to reach"),
    F6(MainFunction.A, "houdt de sociale kaart bij",
            "keeps the social map up to date"),
    F7(MainFunction.A, "herkent zaken als armoede, eenzaamheid en laaggeletterdheid en de oorzaken daarvan "
            + "en organiseert waar mogelijk vormen van ondersteuning",
            "recognises poverty, loneliness and low literacy and their causes, "
                    + "and organises support where possible"),
    F8(MainFunction.B, "bouwt verder op de kracht van de gemeenschap en heeft een signaalfunctie voor "
            + "ontwikkelkansen en problemen in de gemeenschap",
            "builds on the strength of the community and signals opportunities and problems in it"),
    F9(MainFunction.B, "zoekt vrijwilligers en coördineert en ondersteunt hun activiteiten",
            "recruits volunteers and coordinates and supports their activities"),
    F10(MainFunction.B, "is contact- en steunpunt voor maatschappelijke initiatieven",
            "is the contact and support point for social initiatives"),
    F11(MainFunction.B, "heeft overzicht over, en houdt contact met lokale verenigingen",
            "has an overview of, and keeps in touch with, local associations"),
    F12(MainFunction.B, "legt aan de gemeenschap verantwoording af in een open communicatie "
            + "(zegt wat ze doet en doet wat ze zegt)",
            "accounts openly to the community (says what she does and does what she says)"),
    F13(MainFunction.B, "neemt deel in de (organisatie van) zorgverlening aan kwetsbare inwoners",
            "takes part in (organising) care for vulnerable residents"),
    F14(MainFunction.C, "hanteert op de juiste wijze het onderscheid tussen ‘normale’ hulp van de eigen "
            + "omgeving en hulp die van professionals of instanties moet komen",
            "distinguishes properly between ordinary help from one's own surroundings and help that "
                    + "must come from professionals or agencies"),
    F15(MainFunction.C, "helpt mantelzorgers de weg te vinden",
            "helps informal carers find their way"),
    F16(MainFunction.C, "werkt samen met professionals in welzijn en zorg",
            "works with professionals in welfare and care"),
    F17(MainFunction.C, "is op de hoogte van lokale en landelijke ontwikkelingen in wonen, welzijn en zorg "
            + "als onderdeel van het bevorderen van leefbaarheid in dorpen en wijken",
            "keeps up with local and national developments in housing, welfare and care as part of "
                    + "promoting the liveability of villages and neighbourhoods"),
    F18(MainFunction.C, "ondersteunt het WMO-loket van de gemeente, eventueel met mandaat",
            "supports the municipality's WMO desk, possibly under mandate");

    private final MainFunction mainFunction;
    private final String dutchLabel;
    private final String englishLabel;

    ProfileFunction(MainFunction mainFunction, String dutchLabel, String englishLabel) {
        this.mainFunction = mainFunction;
        this.dutchLabel = dutchLabel;
        this.englishLabel = englishLabel;
    }

    public MainFunction mainFunction() {
        return mainFunction;
    }

    public String dutchLabel() {
        return dutchLabel;
    }

    public String englishLabel() {
        return englishLabel;
    }

    /** Every function on: the default profile of a new village. */
    public static Set<ProfileFunction> all() {
        return EnumSet.allOf(ProfileFunction.class);
    }

    public static Optional<ProfileFunction> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.name().equals(code)).findFirst();
    }
}
