package nl.naober.platform.volunteers;

/** What a volunteer can do; a help request asks for one. Codes in kebab case ({@code digitale-hulp}). */
enum Skill {
    VERVOER, BOODSCHAPPEN, GEZELSCHAP, KLUSSEN, TUIN, ADMINISTRATIE, DIGITALE_HULP, KOKEN
}
