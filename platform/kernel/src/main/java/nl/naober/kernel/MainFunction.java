package nl.naober.kernel;

/** The three main functions (hoofdfuncties) of the dorpsondersteuner job profile. */
public enum MainFunction {
    A("Centrale vraagbaak", "Central point of contact"),
    B("Bevordering van de sociale cohesie", "Promoting social cohesion"),
    C("Verbinding tussen leef- en systeemwereld", "Link between the lifeworld and the system world");

    private final String dutchLabel;
    private final String englishLabel;

    MainFunction(String dutchLabel, String englishLabel) {
        this.dutchLabel = dutchLabel;
        this.englishLabel = englishLabel;
    }

    public String dutchLabel() {
        return dutchLabel;
    }

    public String englishLabel() {
        return englishLabel;
    }
}
