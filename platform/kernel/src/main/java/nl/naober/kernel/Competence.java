package nl.naober.kernel;

/**
 * The competences C1–C12 of the dorpsondersteuner job profile, used for onboarding and the
 * supporter's own development (reflection log, training record).
 */
public enum Competence {
    C1("heeft een HBO werk- en denkniveau", "works and thinks at higher-professional (HBO) level"),
    C2("beheerst gesprekstechnieken zoals nodig bij vraagverheldering, rouwondersteuning, slecht nieuws, "
            + "conflicthantering",
            "masters conversation techniques for clarifying questions, bereavement support, bad news and "
                    + "conflict handling"),
    C3("kan voldoende nabij zijn en toch de eigen grenzen bewaken",
            "can be close enough and still guard her own boundaries"),
    C4("kan leefwereld en systeemwereld verbinden", "can connect the lifeworld and the system world"),
    C5("kan omgaan met wet- en regelgeving in het sociale domein",
            "can deal with laws and regulations in the social domain"),
    C6("kent haar (bescheiden) rol bij een crisis of conflict in de leefgemeenschap",
            "knows her (modest) role in a crisis or conflict in the community"),
    C7("herkent het collectieve aspect van een individueel probleem",
            "recognises the collective aspect of an individual problem"),
    C8("kan (multidisciplinair) samenwerken", "can work together (across disciplines)"),
    C9("kan de sociale kaart opstellen en gebruiken", "can draw up and use the social map"),
    C10("kan omgaan met diversiteit (cultuur, seksuele identiteit, geloof etc)",
            "can deal with diversity (culture, sexual identity, faith, etc.)"),
    C11("beheerst de relevante digitale systemen", "masters the relevant digital systems"),
    C12("zoekt en gebruikt reflectie voor verdere zelfontwikkeling",
            "seeks and uses reflection for further self-development");

    private final String dutchLabel;
    private final String englishLabel;

    Competence(String dutchLabel, String englishLabel) {
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
