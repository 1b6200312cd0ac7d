package nl.naober.platform.profiles;

/**
 * Languages and dialects a supporter speaks, as a code list (API codes in kebab case); anything
 * else she writes in her own words. Regional languages first: in a village they open doors.
 */
enum Language {
    DUTCH, TWENTS, LOW_SAXON, FRISIAN, LIMBURGISH, DUTCH_SIGN_LANGUAGE, ENGLISH, GERMAN, FRENCH, ARABIC,
    TURKISH, POLISH, UKRAINIAN
}
