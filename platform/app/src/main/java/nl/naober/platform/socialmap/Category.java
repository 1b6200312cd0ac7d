package nl.naober.platform.socialmap;

/** The fixed list of categories of the social map (codes in the API, labels in the bundle). */
enum Category {
    WONEN, ZORG_EN_ONDERSTEUNING, GEZONDHEID, WELZIJN_EN_ONTMOETING, VERVOER, FINANCIEN, MANTELZORG,
    VRIJWILLIGERSWERK, SPORT_EN_BEWEGEN, JEUGD_EN_GEZIN, WERK_EN_DAGBESTEDING, CULTUUR_EN_VRIJE_TIJD, VEILIGHEID,
    INFORMATIE_EN_ADVIES
}
