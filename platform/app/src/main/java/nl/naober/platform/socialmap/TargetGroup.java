package nl.naober.platform.socialmap;

/** The fixed list of target groups of the social map. */
enum TargetGroup {
    IEDEREEN, OUDEREN, JEUGD, GEZINNEN, MANTELZORGERS, MENSEN_MET_EEN_BEPERKING, NIEUWKOMERS
}
