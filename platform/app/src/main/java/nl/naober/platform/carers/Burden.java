package nl.naober.platform.carers;

/**
 * How heavy caring is for her, in the four words supporters and carer support organisations use
 * (licht, matig, zwaar, overbelast) rather than a 1–5 score nobody calibrates the same way.
 */
enum Burden {
    LIGHT, MODERATE, HEAVY, OVERBURDENED
}
